from typing import NamedTuple
import json
Pair = NamedTuple("Pair", [("key", str), ("value", int)])
p = Pair("a", 1)
repr((p, json.dumps(p), p.key, isinstance(p, tuple)))
# expect: '(Pair(key=\\'a\\', value=1), \\'["a", 1]\\', \\'a\\', True)'
