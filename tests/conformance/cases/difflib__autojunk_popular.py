import difflib
a = "x" * 300 + "abc"
b = "abc" + "x" * 300
(difflib.SequenceMatcher(None, a, b).ratio(), difflib.SequenceMatcher(None, a, b, autojunk=False).ratio())
# expect: (0.009900990099009901, 0.9900990099009901)
