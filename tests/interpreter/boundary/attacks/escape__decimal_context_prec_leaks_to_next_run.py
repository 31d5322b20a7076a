# Attacks: the decimal context is host thread-local state. A program that changes the current
# context's precision, rounding and traps, and the DefaultContext template, must change nothing the
# host or the next run sees (the child checks the host's current context and DefaultContext after).
# Held: a value; the host's decimal context and arithmetic are untouched.
# expect: value '0.143'
import decimal
ctx = decimal.getcontext()
ctx.prec = 3
ctx.rounding = decimal.ROUND_UP
ctx.traps[decimal.Inexact] = True
ctx.Emax = 5
decimal.DefaultContext.prec = 2
decimal.DefaultContext.traps[decimal.Rounded] = True
decimal.setcontext(decimal.Context(prec=3, traps=[]))
str(decimal.Decimal(1) / decimal.Decimal(7))
