# Attacks: type(name, bases, dict) creating a class, and type() of host classes used as constructors.
# Held: a program class exactly as `class T: x = 1` makes it (nothing host-made in it or about it).
# expect: value ("<class '__main__.T'>", 1, True)
T = type("T", (), {"x": 1})
(repr(T), T().x, type(T()) is T)
