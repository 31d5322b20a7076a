# Attacks: pformat of a 10^6-character text of short words with a layout width just under its
# length: CPython re-measures the growing chunk at every word (quadratic).
# Held: a clean PtcError within the budget.
# expect: error
import pprint
text = "ab " * 333_000
print(len(pprint.pformat(text, width=900_000)))
