from itertools import chain
def gen():
    yield [1, 2]
    raise ValueError("late")
c = chain.from_iterable(gen())
out = [next(c), next(c)]
try:
    next(c)
except ValueError as e:
    out.append(str(e))
out
# expect: [1, 2, 'late']
