import pprint
pp = pprint.PrettyPrinter(indent=4, width=30, depth=3)
pp.pprint({"rows": [[1, [2, [3]]], list(range(8))]})
(pp.pformat("short"), pp.isreadable([1]), pp.isrecursive([1]))
# expect: ("'short'", True, False)
