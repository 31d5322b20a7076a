import pprint
print(pprint.pformat(set(range(30, 0, -1))))
print(pprint.pformat(frozenset(["pear", "apple", "fig", "banana", "cherry", "kiwi", "mango", "grape", "lemon", "lime"])))
# expect: None
