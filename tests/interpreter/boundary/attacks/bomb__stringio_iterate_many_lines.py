# Attacks: iterating an io.StringIO of 500,000 short lines into a list.
# Held: a clean PtcError (step budget) or a result within budget.
# expect: error
import io
f = io.StringIO("a\n" * 500000)
len(list(f))
