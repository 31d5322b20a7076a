# Attacks: utf-32 writes four bytes per character: encoding a string near the size limit, over and
# over, must not allocate past the limit or run long.
# Held: a clean limit error before the oversized bytes exist.
# expect: error
text = "x" * 900_000
out = []
for _ in range(50):
    out.append(text.encode("UTF-32-BE"))
len(out)
