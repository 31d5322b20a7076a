import copy
class Handle:
    def __deepcopy__(self, memo):
        return self
h = Handle()
c = copy.deepcopy({"h": h, "n": [1]})
(c["h"] is h, isinstance(c, dict))
# expect: (True, True)
