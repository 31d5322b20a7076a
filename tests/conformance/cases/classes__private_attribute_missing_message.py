class C:
    def __init__(self):
        self._a = 1
c = C()
del c._a
try:
    c._a
except AttributeError as e:
    print(e)
try:
    del c._b
except AttributeError as e:
    print(e)
try:
    C._nothing
except AttributeError as e:
    print(e)
(getattr(c, "_a", "default"), hasattr(c, "_a"))
# expect: ('default', False)
