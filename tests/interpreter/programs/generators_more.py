# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
def gen(n):
    for i in range(n):
        x = yield i
    return "done"
g = gen(3)
print(next(g), next(g), list(g), next(g, "end"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), "ab")))
ge = (x * 2 for x in range(3))
print(sum(ge), sum(ge))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration:
    print("stop")
