# Attacks: namedtuple and frozen dataclass keys hash through their fields' tuple, so colliding ints in a
# field make them collide (the dataclass's generated __eq__ runs natively on every probe).
# Held: a clean PtcError within the CPU cap.
# expect: error
import collections
from dataclasses import dataclass
m = (1 << 61) - 1
P = collections.namedtuple('P', 'x y')


@dataclass(frozen=True)
class D:
    x: int


s = {P(i * m, 0) for i in range(50_000)}
t = {D(i * m) for i in range(50_000)}
len(s) + len(t)
