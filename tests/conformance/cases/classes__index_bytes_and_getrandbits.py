import random
class I:
    def __index__(self):
        return 3
out = [bytes(I()), len(bytes(I())), random.getrandbits(I()) < 8]
for bad in ("x", 1.5):
    try:
        random.getrandbits(bad)
    except TypeError as e:
        out.append(str(e))
out
# expect: [b'\\x00\\x00\\x00', 3, True, "'str' object cannot be interpreted as an integer", "'float' object cannot be interpreted as an integer"]
