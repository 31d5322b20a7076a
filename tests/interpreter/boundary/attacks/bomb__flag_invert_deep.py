# Attacks: `~` on a Flag member is Python code (a lookup of the result member) that charged nothing:
# a 90-deep `~~~…~x` in a loop ran 73 times the calibration loop's CPU per step.
# Held: each `~`, `|`, `&`, `^` on a non-int costs a step, and the big expression a step per 4 nodes.
from enum import Flag
class F(Flag):
    A = 1
    B = 2
x = F.A
while True:
    y = ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~x
