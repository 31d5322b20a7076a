import pprint
pprint.pprint([list(range(5))] * 6 + list(range(40)), compact=True, width=50)
# expect: None
