import pprint
a = [1, 2]
a.append(a)
s = pprint.pformat(a)
(s.startswith("[1, 2, <Recursion on list with id="), s.endswith(">]"), pprint.isrecursive(a), pprint.isreadable(a))
# expect: (True, True, True, False)
