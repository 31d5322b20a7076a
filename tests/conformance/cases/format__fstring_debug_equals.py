x = 5
f"{x=} {x * 2 = }"
# expect: 'x=5 x * 2 = 10'
