# Attacks: statistics.mean/variance over Decimals with huge exponents: CPython turns each into an
# exact ratio (10**999999), and variance squares them.
# Held: a clean PtcError.
# expect: error
import statistics
from decimal import Decimal as D
statistics.variance([D("1e999999"), D("1e-999999"), D(1)])
