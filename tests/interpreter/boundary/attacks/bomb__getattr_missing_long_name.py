# Attacks: getattr/hasattr of a missing 1M-character name in a loop: the AttributeError message
# quotes the name (a 7 ms repr) and the did-you-mean hint ran difflib over it (0.1 s), for one step.
# Held: a clean PtcError (the name charged by its length; no hint for names over 40 characters).
# expect: error
s = "x" * 1_000_000
class A:
    pass
a = A()
while True:
    try:
        getattr([], s)
    except AttributeError:
        pass
    getattr(a, s, None)
    hasattr(a, s)
