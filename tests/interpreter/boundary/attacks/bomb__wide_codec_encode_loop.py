# Attacks: the wide codecs (utf-16/utf-32 and their aliases, now accepted by name resolution) write
# up to four bytes a character. A loop encoding a just-under-limit string to utf-32 (and decoding
# it back, and through bytes()/str() constructors) does ~1 MB of native work per iteration for a few
# steps, unless each is charged by size.
# Held: the loop ends within the CPU cap (charged), no dead process.
# expect: error
s = "\u20ac" * 249_000
while True:
    b = s.encode("U32")
    t = b.decode("utf_32")
    b2 = bytes(s, "utf-32-le")
    t2 = str(b2, "UTF-32LE")
    b3 = s.encode("utf-16", "strict")
