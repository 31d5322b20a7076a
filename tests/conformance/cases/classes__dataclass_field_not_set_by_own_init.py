from dataclasses import dataclass
@dataclass
class Partial:
    a: int
    b: int
    def __init__(self, a):
        self.a = a
@dataclass
class Defaulted:
    a: int
    b: int = 2
    def __init__(self, a):
        self.a = a
out = [repr(Defaulted(1)), Defaulted(1) == Defaulted(1)]
try:
    repr(Partial(1))
except AttributeError as e:
    out.append(str(e))
try:
    Partial(1) == Partial(1)
except AttributeError as e:
    out.append(str(e))
out
# expect: ['Defaulted(a=1, b=2)', True, "'Partial' object has no attribute 'b'", "'Partial' object has no attribute 'b'"]
