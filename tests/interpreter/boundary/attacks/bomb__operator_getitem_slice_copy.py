# Attacks: operator.getitem / itemgetter with a slice copy a 100,000-element list per call, declared
# constant (the subscript expression charges the same copy by its length): ratio 64.
# Held: a clean PtcError (both go through the subscript's charged slice).
# expect: error
import operator
x = list(range(100_000))
g = operator.itemgetter(slice(None), slice(None, None, -1))
while True:
    operator.getitem(x, slice(None))
    g(x)
