import pprint
pprint.pformat({3: "c", "b": 2, None: 0, 1: "a", "a": 1, (1, 2): "t"})
# expect: "{None: 0, 1: 'a', 3: 'c', 'a': 1, 'b': 2, (1, 2): 't'}"
