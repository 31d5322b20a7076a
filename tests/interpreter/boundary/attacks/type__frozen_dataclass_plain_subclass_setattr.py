# Attacks: type(name, bases, namespace) (and a class statement) making a plain subclass of a frozen
# dataclass. CPython's generated __setattr__ refuses only `type(self) is cls or name in fields`: the
# subclass's instances take new attributes, while the fields stay frozen. Refusing every write on
# the subclass raises FrozenInstanceError where CPython stores the attribute.
# Held: as CPython (fields frozen, other names added).
# expect: value [('frozen', "cannot assign to field 'x'"), 'added', 'added']
import dataclasses
@dataclasses.dataclass(frozen=True)
class F:
    x: int
class S(F):
    pass
out = []
Z = type("Z", (F,), {})
for obj, name in ((Z(1), "x"), (Z(1), "y"), (S(1), "y")):
    try:
        setattr(obj, name, 2)
        out.append("added")
    except dataclasses.FrozenInstanceError as e:
        out.append(("frozen", str(e)))
out
