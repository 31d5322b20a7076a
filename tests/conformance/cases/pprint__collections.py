import pprint
from collections import Counter, OrderedDict, defaultdict, deque
print(pprint.pformat(Counter("mississippi river banks")))
print(pprint.pformat(OrderedDict((f"key{i}", i) for i in range(8))))
print(pprint.pformat(defaultdict(list, {f"k{i}": [i] * 3 for i in range(6)})))
print(pprint.pformat(deque(range(40), maxlen=50)))
# expect: None
