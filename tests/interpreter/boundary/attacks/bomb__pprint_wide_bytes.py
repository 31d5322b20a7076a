# Attacks: pformat of 500k bytes with a width just under their repr: each 4-byte step re-measures
# the growing chunk (quadratic).
# Held: a clean PtcError within the budget.
# expect: error
import pprint
print(len(pprint.pformat(b"a" * 500_000, width=400_000)))
