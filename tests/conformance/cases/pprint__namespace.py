import pprint
import types
print(pprint.pformat(types.SimpleNamespace(name="n" * 40, values=list(range(20)))))
# expect: None
