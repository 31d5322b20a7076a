import pprint
print(pprint.pformat({"a": [1, [2, [3, [4]]]], "b": {"c": {"d": 1}}}, depth=2))
# expect: None
