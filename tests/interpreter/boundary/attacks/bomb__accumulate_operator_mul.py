# Attacks: itertools.accumulate(operator.mul) growing integers natively.
# Held: a clean PtcError.
import itertools, operator
for v in itertools.accumulate(range(1, 99_999), operator.mul):
    pass
