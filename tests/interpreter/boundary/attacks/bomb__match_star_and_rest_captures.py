# Attacks: match captures that copy the subject (`[0, *rest]` of a 100,000-element list, `{**rest}`
# of a 100,000-entry dict) in a loop, charged nothing beyond the match.
# Held: a clean PtcError (captures charged by the subject's size).
# expect: error
x = list(range(100_000))
d = {i: i for i in range(100_000)}
while True:
    match x:
        case [0, *rest]:
            pass
    match d:
        case {0: _, **others}:
            pass
