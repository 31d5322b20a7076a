hash(-1)
# expect: -2
