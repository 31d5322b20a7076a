import pprint
pprint.pp({"zeta": 1, "alpha": list(range(30)), "mid": 3})
# expect: None
