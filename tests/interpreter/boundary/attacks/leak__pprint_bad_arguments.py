# Attacks: pprint's argument errors (width/indent/depth of wrong types and values, a stream
# without write, a program __repr__ that raises or returns a non-str).
# Held: CPython-like messages; no address or host path.
import pprint
class Bad:
    def __repr__(self):
        raise KeyError("repr failed")
class NotStr:
    def __repr__(self):
        return 5
tries = [
    lambda: pprint.pformat(1, width=0),
    lambda: pprint.pformat(1, indent=-1),
    lambda: pprint.pformat(1, depth=0),
    lambda: pprint.pformat(1, width="x"),
    lambda: pprint.pprint(1, stream=5),
    lambda: pprint.pprint(1, stream=object()),
    lambda: pprint.pformat([Bad()]),
    lambda: pprint.pformat({1: NotStr()}),
    lambda: pprint.saferepr(NotStr()),
    lambda: pprint.PrettyPrinter(width=1).pformat(Bad()),
    lambda: pprint.PrettyPrinter().format(1, {}, 0, 0),
    lambda: pprint.pformat(1, sort_dicts=object()),
]
for t in tries:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
