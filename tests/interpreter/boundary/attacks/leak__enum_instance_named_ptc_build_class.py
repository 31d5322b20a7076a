# Attacks: a class statement whose base is a program instance carrying an attribute named like the
# interpreter's class-builder hook (`ptc_build_class`): the hook was looked up on the base itself,
# so the program's function was handed the class statement's internals (with the run's context),
# and printing them showed host class paths.
# Held: the base is refused as any instance base is; the program never sees the internals.
# expect: runtime-error
class Holder:
    pass
h = Holder()
h.ptc_build_class = lambda spec: print(spec)
class Stolen(h):
    pass
