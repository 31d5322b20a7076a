# Attacks: mutating decimal.DefaultContext/BasicContext, copies of the current context (copy.copy,
# copy.deepcopy, Context.copy) and their traps/flags, hoping one is the host's own context.
# Held: the runner's later reference program and host decimal context are unchanged; the run's
# own context is not changed through a copy.
import copy
import decimal
from decimal import Decimal, getcontext
c = getcontext()
c2 = copy.deepcopy(c)
c2.prec = 5
c3 = copy.copy(c)
c3.traps[decimal.Inexact] = True
c4 = c.copy()
c4.Emax = 3
print(getcontext().prec, getcontext().traps[decimal.Inexact], getcontext().Emax)
decimal.DefaultContext.prec = 3
decimal.DefaultContext.traps[decimal.Inexact] = True
decimal.DefaultContext.traps[decimal.Inexact] = False
decimal.BasicContext.prec = 2
decimal.ExtendedContext.rounding = decimal.ROUND_DOWN
decimal.setcontext(decimal.DefaultContext)
getcontext().prec = 4
print(Decimal(1) / Decimal(7), type(copy.deepcopy(Decimal(1))), copy.copy(c) is c)
with decimal.localcontext(decimal.BasicContext) as lc:
    lc.prec = 1
    print(Decimal(2) / Decimal(3))
