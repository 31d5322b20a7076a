# Attacks: a generator suspended inside 'with decimal.localcontext()' and 'try/finally', left
# unfinished at the end of the run (its exit would restore a context and print at collection).
# Held: no program output after run() returned.
import decimal
def gen():
    with decimal.localcontext() as c:
        c.prec = 3
        try:
            yield decimal.Decimal(1) / 3
            yield 2
        finally:
            print("AFTER: generator finally ran")
g = gen()
next(g)
h = gen()
next(h)
[g, h, str(next(gen()))]
