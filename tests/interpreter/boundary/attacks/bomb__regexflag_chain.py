# Attacks: `|` on regex flags is Python code (a new RegexFlag per operation), uncharged: a 12-term
# `re.I|re.I|…` in a loop ran 4-7 times the calibration loop's CPU per step.
# Held: `|`, `&`, `^`, `~` on anything but ints, sets and mappings cost a step each.
import re
x = re.I
while True:
    y = x|x|x|x|x|x|x|x|x|x|x|x
