# Attacks: bytes.decode with backslashreplace on invalid bytes (4x expansion, a Python callback
# per byte) and str(bytes, encoding), which charged nothing at all.
# Held: a clean PtcError (max_string_length, then the step budget).
# expect: error
b = bytes([255]) * 200_000
c = b"a" * 1_000_000
while True:
    b.decode("utf-8", "backslashreplace")
    str(c, "utf-8")
