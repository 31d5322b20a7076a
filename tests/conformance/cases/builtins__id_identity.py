a = []
b = []
(id(a) == id(a), id(a) == id(b))
# expect: (True, False)
# expect: (True, False)
