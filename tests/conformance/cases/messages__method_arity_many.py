from collections import Counter, deque
calls = [
    lambda: "ab".center(),
    lambda: "ab".upper(1),
    lambda: "ab".replace("a"),
    lambda: [].append(),
    lambda: [].insert(1),
    lambda: [].pop(1, 2),
    lambda: [].sort(1),
    lambda: {}.get(),
    lambda: {}.update(1, 2),
    lambda: set().add(),
    lambda: Counter().update(1, 2),
    lambda: deque().append(),
    lambda: (1).bit_length(2),
    lambda: "ab".split(sep=",", bad=1),
]
out = []
for call in calls:
    try:
        call()
    except TypeError as e:
        out.append(str(e))
out
# expect: ['center expected at least 1 argument, got 0', 'str.upper() takes no arguments (1 given)', 'replace expected at least 2 arguments, got 1', 'list.append() takes exactly one argument (0 given)', 'insert expected 2 arguments, got 1', 'pop expected at most 1 argument, got 2', 'sort() takes no positional arguments', 'get expected at least 1 argument, got 0', 'update expected at most 1 argument, got 2', 'set.add() takes exactly one argument (0 given)', 'Counter.update() takes from 1 to 2 positional arguments but 3 were given', 'deque.append() takes exactly one argument (0 given)', 'int.bit_length() takes no arguments (1 given)', "'bad' is an invalid keyword argument for split()"]
