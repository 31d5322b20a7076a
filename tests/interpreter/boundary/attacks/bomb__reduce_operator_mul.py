# Attacks: functools.reduce(operator.mul) growing an integer natively.
# Held: a clean PtcError.
import functools, operator
functools.reduce(operator.mul, range(1, 99_999))
