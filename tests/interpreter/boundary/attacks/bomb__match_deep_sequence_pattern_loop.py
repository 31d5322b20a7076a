# Attacks: a 150-deep sequence pattern `[[[…y…]]]` matched against 150-deep data in a loop: each
# level checks type and length and loops in Python (11x the calibration loop when priced per node).
# Held: two steps per sequence, mapping or class pattern each time the case is tried.
x = 0
for i in range(150):
    x = [x]
while True:
    match x:
        case [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[y]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]:
            pass
