hash(2**61) == hash(1)
# expect: True
