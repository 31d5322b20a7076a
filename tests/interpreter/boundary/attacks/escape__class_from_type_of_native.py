# Attacks: subclassing host classes obtained through type(): RegexFlag, module, builtin_function_or_method, Counter, deque.
# Held: a clean PtcError for each.
import re, json, collections
out = []
for base in [type(re.I), type(json), type(print), type(collections.Counter()), type(collections.deque()), type(iter([]))]:
    try:
        class X(base):
            pass
        out.append("subclassed " + str(base))
    except TypeError as e:
        out.append("TypeError")
out
