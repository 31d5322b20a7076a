# Attacks: a suspended generator catching BaseException (GeneratorExit at close) and printing at GC.
# Held: nothing runs after return.
def g():
    try:
        yield 1
    except BaseException:
        print("AFTER: genexit")
        raise
keep = []
it = g()
next(it)
keep.append(it)
keep.append(keep)
"x"
