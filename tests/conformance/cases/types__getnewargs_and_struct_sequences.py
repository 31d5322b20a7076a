import sys
from collections import namedtuple
P = namedtuple("P", "a b")
vi = sys.version_info
out = [(5).__getnewargs__(), True.__getnewargs__(), "ab".__getnewargs__(), (1.5).__getnewargs__(), b"x".__getnewargs__(),
       (1, 2).__getnewargs__(), P(1, 2).__getnewargs__(), vi.__getnewargs__() == (tuple(vi),), vi.n_fields, vi.n_unnamed_fields,
       sys.float_info.__getnewargs__() == (tuple(sys.float_info),)]
for name in ("_fields", "_asdict", "_replace", "_make", "_field_defaults"):
    try:
        getattr(vi, name)
    except AttributeError as e:
        out.append(str(e))
try:
    [].__getnewargs__()
except AttributeError as e:
    out.append(str(e))
out
# expect: [(5,), (1,), ('ab',), (1.5,), (b'x',), ((1, 2),), (1, 2), True, 5, 0, True, "'sys.version_info' object has no attribute '_fields'", "'sys.version_info' object has no attribute '_asdict'", "'sys.version_info' object has no attribute '_replace'", "'sys.version_info' object has no attribute '_make'", "'sys.version_info' object has no attribute '_field_defaults'", "'list' object has no attribute '__getnewargs__'"]
