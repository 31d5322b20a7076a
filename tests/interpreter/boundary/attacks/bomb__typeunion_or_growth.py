# Attacks: `int | str` is the interpreter's union, which copies its members on every `|`, uncharged:
# `t = t | str` in a loop grows it by one member a step (the worker hung past a minute).
# Held: a union past 8 members costs a step per 8 members to build or test, a step per member to show.
t = int
while True:
    t = t | str
