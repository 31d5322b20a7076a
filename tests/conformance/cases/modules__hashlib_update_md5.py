import hashlib
h = hashlib.md5()
h.update(b'a')
h.update(b'b')
h.hexdigest()
# expect: '187ef4436122d1cc2f40dc2b92f0eba0'
# expect: '187ef4436122d1cc2f40dc2b92f0eba0'
