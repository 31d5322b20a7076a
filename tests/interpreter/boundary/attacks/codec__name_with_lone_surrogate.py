# Attacks: check_encoding resolves a codec name from tables; a name that is not ASCII skips
# normalization and ends as "unknown encoding" (LookupError). CPython first encodes the codec name
# itself to UTF-8, so a name holding a lone surrogate raises UnicodeEncodeError (a ValueError, not a
# LookupError): `except LookupError` catches it here and not in CPython, silently. (The message
# would also carry the surrogate into the error report verbatim.)
# Also: CPython's normalize_encoding drops non-ASCII letters, so 'utf-8\u00e9' IS utf-8 there.
# Held: the same outcome as CPython for str.encode, bytes.decode and str(bytes, name).
# expect: value ['UnicodeEncodeError', 'UnicodeEncodeError', 'UnicodeEncodeError', 'encoded']
out = []
for call in (lambda: "abc".encode("utf-8\udc80"), lambda: b"abc".decode("\ud800"),
             lambda: str(b"abc", "x\udfff"), lambda: "abc".encode("utf-8\u00e9")):
    try:
        call()
        out.append("encoded")
    except Exception as e:
        out.append(type(e).__name__)
out
