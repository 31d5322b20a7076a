class Loop:
    def __eq__(self, other):
        return self == other
try:
    Loop() == 1
    r = "no error"
except RecursionError:
    r = "caught"
r
# expect: 'caught'
