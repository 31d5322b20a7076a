# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import functools

calls = []
def logged(prefix):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            calls.append(f"{prefix}{fn.__name__}{args}")
            return fn(*args, **kwargs)
        return wrapper
    return decorate

@logged(">> ")
def add(a, b=10):
    return a + b

def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter(5)
inc(); inc(3)
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(add(1), add(2, b=3), get(), [f(10) for f in adders], [f(10) for f in late], ways(40), pipeline("  Hello World "))
print(calls, add.__name__)
part = functools.partial(add, b=100)
print(part(1), functools.reduce(lambda acc, x: acc * x, range(1, 6), 1), sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
total = 0
def bump():
    global total
    total += 1
for _ in range(3):
    bump()
total
