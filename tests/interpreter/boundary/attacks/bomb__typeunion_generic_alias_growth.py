# Attacks: a union of distinct `list[i]` members grows without bound, each `|` copying all of them,
# (75x the calibration loop's CPU per step), and showing it joins them all.
# Held: a union past 8 members costs a step per 8 members to build or test, a step per member to show.
t = int
i = 0
while True:
    t = t | list[i]
    s = str(t)
    i += 1
