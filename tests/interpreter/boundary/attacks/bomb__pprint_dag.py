# Attacks: pformat of a DAG (13 small lists, 10^12 leaves): pprint renders every reference, and
# re-renders each subtree at every level it lays out.
# Held: a clean PtcError within the budget.
# expect: error
import pprint
x = [1]
for _ in range(12):
    x = [x] * 10
print(len(pprint.pformat(x)))
