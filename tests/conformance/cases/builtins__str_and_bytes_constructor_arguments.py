out = []
for f in [lambda: bytes(1, 'utf-8'), lambda: bytes(b'x', 'utf-8'), lambda: bytes(encoding='utf-8', errors='x'), lambda: bytes(b'x', errors='strict'), lambda: bytes(errors='strict'), lambda: bytes(encoding='utf-8'), lambda: str(object=42), lambda: str(encoding='utf-8'), lambda: str('x', 'utf-8'), lambda: str(b'ab', errors='strict'), lambda: str(errors='x'), lambda: bytes('x', errors='strict'), lambda: bytes(), lambda: str(), lambda: bytes(3), lambda: str(b'ab')]:
    try:
        out.append(repr(f()))
    except Exception as e:
        out.append(f"{type(e).__name__}: {e}")
out
# expect: ['TypeError: encoding without a string argument', 'TypeError: encoding without a string argument', 'TypeError: encoding without a string argument', 'TypeError: errors without a string argument', 'TypeError: errors without a string argument', 'TypeError: encoding without a string argument', "'42'", "''", 'TypeError: decoding str is not supported', "'ab'", "''", 'TypeError: string argument without an encoding', "b''", "''", "b'\\\\x00\\\\x00\\\\x00'", '"b\\'ab\\'"']
