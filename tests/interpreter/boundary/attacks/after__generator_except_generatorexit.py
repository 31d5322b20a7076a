# Attacks: a suspended generator catching GeneratorExit and printing at GC.
# Held: nothing runs after return.
def g():
    try:
        yield 1
    except GeneratorExit:
        print("AFTER: genexit")
        raise
keep = []
it = g()
next(it)
keep.append(it)
keep.append(keep)
"x"
