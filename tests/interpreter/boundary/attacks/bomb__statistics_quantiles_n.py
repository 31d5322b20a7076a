# Attacks: statistics.quantiles with n=10**8 (result list size).
# Held: a clean PtcError.
import statistics
len(statistics.quantiles([1, 2, 3, 4], n=10**8))
