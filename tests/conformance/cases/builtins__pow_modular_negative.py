pow(3, -1, 11)
# expect: 4
