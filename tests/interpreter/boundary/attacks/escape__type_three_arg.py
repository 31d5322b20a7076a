# Attacks: type(name, bases, dict) creating a class, and type() of host classes used as constructors.
# Held: a clean PtcError.
# expect: error
T = type("T", (), {"x": 1})
T
