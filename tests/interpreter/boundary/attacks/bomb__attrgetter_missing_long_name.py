# Attacks: operator.attrgetter / methodcaller of a missing 1M-character name called in a loop: each
# failing call quotes the name in its AttributeError (a 7 ms repr) for one step.
# Held: a clean PtcError (a long name charged by its length on every call).
# expect: error
import operator
g = operator.attrgetter("x" * 1_000_000)
m = operator.methodcaller("y" * 1_000_000)
while True:
    try:
        g([])
    except AttributeError:
        pass
    try:
        m([])
    except AttributeError:
        pass
