def kind(v):
    match v:
        case 0 | 1:
            return "bit"
        case int(n) if n < 0:
            return "neg"
        case str() | bytes():
            return "text"
        case [_, _]:
            return "pair"
        case _:
            return "other"
[kind(x) for x in (0, -3, "s", b"b", [1, 2], (1, 2), 5.0)]
# expect: ['bit', 'neg', 'text', 'text', 'pair', 'pair', 'other']
