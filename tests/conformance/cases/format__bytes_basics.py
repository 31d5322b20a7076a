b = "héllo".encode()
(b, len(b), b.decode(), b[0], b[1:3], b.hex(), bytes.fromhex("ff00"))
# expect: (b'h\\xc3\\xa9llo', 6, 'héllo', 104, b'\\xc3\\xa9', '68c3a96c6c6f', b'\\xff\\x00')
