# Attacks: `typing` forms combined with `|` rebuild their whole text each time, uncharged: `t = t | int`
# in a loop copied ever longer text for a step each (62 times the calibration loop's CPU per step).
# Held: a form's text is bounded (2,000 characters), a clean TypeError past it.
import typing
t = typing.Any
while True:
    t = t | int
