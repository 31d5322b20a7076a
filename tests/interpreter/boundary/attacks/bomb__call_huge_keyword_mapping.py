# Attacks: f(**d) of a 100,000-entry dict in a loop: the call site checks and the callee binds every
# entry in Python (60 ms a call), for one step.
# Held: a clean PtcError (a big ** mapping costs a step per entry).
# expect: error
d = {"k" + str(i): i for i in range(100_000)}
def f(**kwargs):
    pass
while True:
    f(**d)
