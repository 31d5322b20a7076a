import pprint, datetime
from collections import namedtuple
P = namedtuple("P", "x y")
class Z:
    def __init__(self, n): self.n = n
    def __hash__(self): return self.n
    def __repr__(self): return "Z%d" % self.n
pprint.pformat({P(1, 2): "p", 5: "int", "s": "str", Z(1): "z", None: "none", datetime.date(2020, 1, 1): "date", 2.5: "float", b"b": "bytes", frozenset({1}): "fs"})
# expect: "{None: 'none',\\n P(x=1, y=2): 'p',\\n Z1: 'z',\\n b'b': 'bytes',\\n datetime.date(2020, 1, 1): 'date',\\n 2.5: 'float',\\n frozenset({1}): 'fs',\\n 5: 'int',\\n 's': 'str'}"
