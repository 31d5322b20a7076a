# Attacks: `type()` given a huge keyword set, a base tuple of 50,000 repeats of a program class, and
# a namespace of 200,000 names in a loop: each refused or charged before host work runs.
# Held: clean errors or the step limit, no long uncharged host call.
# expect: error
class B:
    pass
for i in range(200):
    try:
        type("K", (), {}, **{f"k{j}": j for j in range(20000)})
    except TypeError:
        pass
    try:
        type("R", (B,) * 50000, {})
    except TypeError:
        pass
    type("Big", (), {f"a{j}": j for j in range(200000)})
