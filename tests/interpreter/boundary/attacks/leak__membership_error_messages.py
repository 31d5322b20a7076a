# Attacks: list.remove/tuple.index/str.index/deque.remove error messages with native objects.
# Held: no addresses.
import collections
msgs = []
for call in [lambda: [1].remove(zip()), lambda: (1,).index(enumerate([])), lambda: collections.deque([1]).remove(iter([])),
             lambda: collections.deque([1]).index(map(int, [])), lambda: {}.pop(reversed([])), lambda: set().remove(filter(None, []))]:
    try:
        call()
    except Exception as e:
        msgs.append(str(e))
msgs
