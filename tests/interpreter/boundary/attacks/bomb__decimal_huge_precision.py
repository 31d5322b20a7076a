# Attacks: a precision of a billion digits, then a square root and a logarithm at it (libmpdec
# would allocate and compute for minutes).
# Held: a clean PtcError (the precision is over the run's digit limit).
# expect: error
import decimal
decimal.getcontext().prec = 10 ** 9
decimal.Decimal(2).sqrt().ln()
