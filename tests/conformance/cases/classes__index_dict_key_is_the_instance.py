class I:
    def __index__(self):
        return 0
k = I()
d = {k: "instance"}
(d[k], 0 in d)
# expect: ('instance', False)
