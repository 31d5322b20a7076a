import pprint
print(pprint.pformat({"k": list(range(12)), "b": "text"}, width=20, indent=3))
# expect: None
