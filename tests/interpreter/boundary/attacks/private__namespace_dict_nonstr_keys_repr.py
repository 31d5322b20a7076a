# Attacks: SimpleNamespace.__dict__ is the live attribute dict, so a program can store non-str and
# empty keys in it. CPython's namespace repr skips entries whose key is not a non-empty str; a repr
# that formats every key shows `5=6, =7`, a silent difference (and a key object's repr/str runs).
# Held: repr matches CPython's.
# expect: value ('namespace(x=1)', False)
from types import SimpleNamespace
ns = SimpleNamespace(x=1)
ns.__dict__[5] = 6
ns.__dict__[""] = 7
(repr(ns), ns == SimpleNamespace(x=1))
