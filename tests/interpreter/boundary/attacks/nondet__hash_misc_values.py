# Attacks: hash() of timedelta, timezone, range, frozenset of str, bytes tuples, namedtuple with str, enum flags.
# Held: identical across hash seeds.
import datetime, collections, re
P = collections.namedtuple("P", "a b")
vals = [datetime.timedelta(days=1), datetime.timezone.utc, datetime.time(1, 2), range(3), frozenset({"a", "b"}), (b"x", "y"),
        P("a", "b"), re.I, re.I | re.M, datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc), True, -1, 1.5, 2**100]
[hash(v) for v in vals]
