# Attacks: argument-binding TypeError of shim functions (host qualname like make_module.<locals>).
# Held: no host qualnames.
import json, re, itertools, functools, statistics, random
msgs = []
for f, args in [(json.dumps, ()), (re.sub, (1,)), (itertools.islice, ()), (functools.reduce, ()), (statistics.mean, ()), (random.randint, (1,)),
                (json.loads, (1, 2, 3)), (re.compile, ("a", 0, 0, 0))]:
    try:
        f(*args)
    except TypeError as e:
        msgs.append(str(e))
msgs
