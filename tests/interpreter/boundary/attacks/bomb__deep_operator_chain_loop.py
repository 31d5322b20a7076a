# Attacks: operators charge nothing themselves (a statement costs a step), so one statement of a
# 60-deep `((x+x)+x)…` and a 90-deep `-(-(…x))` hid 60-90 operations behind one step (8-9x the
# calibration loop's CPU per step). Held: a big expression costs a step per 4 nodes.
x = 1
while True:
    y = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((x+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)+x)
    z = ------------------------------------------------------------------------------------------x
