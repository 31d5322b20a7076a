from collections import OrderedDict
o = OrderedDict(a=1, b=2, c=3)
o.move_to_end("a")
o.popitem(last=False)
list(o.items())
# expect: [('c', 3), ('a', 1)]
