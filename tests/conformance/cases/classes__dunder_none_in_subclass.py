class B:
    def __len__(self):
        return 3
class C(B):
    __len__ = None
try:
    len(C())
except TypeError as e:
    r = (str(e), len(B()))
r
# expect: ("'NoneType' object is not callable", 3)
