# Attacks: an instance whose `__dict__` holds itself and a 20,000-deep chain of instances, each in
# its own `__dict__`: repr, ==, deepcopy, json and pprint of it must stop at the limits, not recurse
# in C or copy uncharged.
# Held: repr and == fail cleanly inside the program; deepcopy ends the run at the nesting limit.
# expect: error
import copy, json, pprint
class N:
    pass
head = N()
node = head
for _ in range(20000):
    nxt = N()
    vars(node)["next"] = nxt
    node = nxt
vars(head)["self"] = head
outcomes = []
for op in (repr, lambda x: x == x, copy.deepcopy, lambda x: json.dumps(vars(x)), pprint.pformat, lambda x: str(vars(x))):
    try:
        op(head)
        outcomes.append("value")
    except (RecursionError, ValueError, TypeError) as e:
        outcomes.append(type(e).__name__)
outcomes
