# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import functools

@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

def timed(label):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **k):
            return f"{label}:{fn.__name__}={fn(*a, **k)}"
        return inner
    return deco

@timed("A")
def first(x):
    return x + 1

@timed("B")
def second(x):
    return x * 2

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))
print(first(1), second(2), first.__name__, second.__name__)
[repr(v) for v in vs if v >= Version("1.2.3")]
