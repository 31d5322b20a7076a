[(2.5).is_integer(), (0.5).as_integer_ratio(), float.fromhex("0x1p-2"), (3.0).hex()]
# expect: [False, (1, 2), 0.25, '0x1.8000000000000p+1']
