match (1, [2, 3]):
    case (x, [_, _] as pair):
        r = (x, pair)
r
# expect: (1, [2, 3])
