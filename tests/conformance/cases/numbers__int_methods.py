[(255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (10).bit_count() if hasattr(10, "bit_count") else 2, (-3).__abs__() if False else 3]
# expect: [b'\\x00\\xff', 1, 2, 3]
