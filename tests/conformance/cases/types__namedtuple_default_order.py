from typing import NamedTuple
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    r = str(e)
r
# expect: 'Non-default namedtuple field b cannot follow default field a'
