[chr(ord("a") + i) for i in range(3)] + [ord("€")]
# expect: ['a', 'b', 'c', 8364]
