# A non-str encoding or errors argument names the callee, and None as None; errors is checked
# before the encoding is looked up.
def error_of(call):
    try:
        call()
    except TypeError as error:
        return str(error)

[
    error_of(lambda: "a".encode(42)),
    error_of(lambda: b"a".decode(None)),
    error_of(lambda: str(b"a", "utf-8", 4)),
    error_of(lambda: bytes("a", "utf-8", None)),
    error_of(lambda: str(1, 42)),
    error_of(lambda: "a".encode("no-such-codec", 4)),
]
# expect: ["encode() argument 'encoding' must be str, not int", "decode() argument 'encoding' must be str, not None", "str() argument 'errors' must be str, not int", "bytes() argument 'errors' must be str, not None", "str() argument 'encoding' must be str, not int", "encode() argument 'errors' must be str, not int"]
