# Attacks: subscribing a `typing` form nests its text: `t = typing.List[t]` in a loop grows and copies
# the text each step, uncharged (the worker hung past a minute).
# Held: a form's text is bounded (2,000 characters), a clean TypeError past it.
import typing
t = int
while True:
    t = typing.List[t]
