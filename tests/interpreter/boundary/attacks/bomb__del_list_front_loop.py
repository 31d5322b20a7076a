# Attacks: `del x[0]` on a 100,000-element list moves the whole tail, like x.pop(0) (which is charged
# by the list's length); the del statement charged one step.
# Held: a clean PtcError (del of a long list's item charged as pop).
# expect: error
x = list(range(100_000))
while True:
    del x[0]
    x.append(1)
