import pprint
class Thing:
    pass
(pprint.isreadable([1, "a", (2.5, None)]), pprint.isreadable({"t": Thing()}), pprint.isrecursive([[1]]))
# expect: (True, False, False)
