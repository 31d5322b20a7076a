# Attacks: an instance attribute named ptc_enter/ptc_exit making a program object look like an interpreter context manager.
# Held: a clean PtcError (not a context manager).
# expect: error
class M:
    pass
def enter():
    while True:
        yield 1
m = M()
m.ptc_enter = enter
m.ptc_exit = enter
with m:
    pass
