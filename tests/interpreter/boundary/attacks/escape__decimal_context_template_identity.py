# Attacks: handing the run's template contexts and signal dicts around to reach the host's:
# setcontext(DefaultContext) must install a copy, flags/traps writes must stay in the run.
# Held: a value; the host's DefaultContext unchanged.
# expect: value (28, 28, False)
import decimal
decimal.setcontext(decimal.DefaultContext)
decimal.getcontext().prec = 7
t = decimal.getcontext().traps
t[decimal.Overflow] = False
c = decimal.Context(traps=t, flags=decimal.getcontext().flags)
decimal.BasicContext.prec = 1
(decimal.DefaultContext.prec, decimal.Context().prec, decimal.getcontext() is decimal.DefaultContext)
