out = []
for call in [
    lambda: "ab".encode(None), lambda: "ab".encode("utf-8", None), lambda: "ab".encode(1, None),
    lambda: b"ab".decode(None, errors=None), lambda: b"ab".decode(errors=1), lambda: b"ab".decode("nope", 1),
    lambda: str(b"x", None), lambda: str("x", None), lambda: str(b"x", "utf-8", 1), lambda: str(b"x", errors=None),
    lambda: bytes("x", None), lambda: bytes(5, 3), lambda: bytes("x", "utf-8", None), lambda: bytes("x", encoding=3),
    lambda: b"abc".translate(None, delete=b"b"), lambda: b"abc".translate(None, b"a"), lambda: "abc".translate({}, delete="b"),
]:
    try:
        out.append(call())
    except (TypeError, LookupError) as e:
        out.append((type(e).__name__, str(e)))
out
# expect: [('TypeError', "encode() argument 'encoding' must be str, not None"), ('TypeError', "encode() argument 'errors' must be str, not None"), ('TypeError', "encode() argument 'encoding' must be str, not int"), ('TypeError', "decode() argument 'encoding' must be str, not None"), ('TypeError', "decode() argument 'errors' must be str, not int"), ('TypeError', "decode() argument 'errors' must be str, not int"), ('TypeError', "str() argument 'encoding' must be str, not None"), ('TypeError', "str() argument 'encoding' must be str, not None"), ('TypeError', "str() argument 'errors' must be str, not int"), ('TypeError', "str() argument 'errors' must be str, not None"), ('TypeError', "bytes() argument 'encoding' must be str, not None"), ('TypeError', "bytes() argument 'encoding' must be str, not int"), ('TypeError', "bytes() argument 'errors' must be str, not None"), ('TypeError', "bytes() argument 'encoding' must be str, not int"), b'ac', b'bc', ('TypeError', 'str.translate() takes no keyword arguments')]
