codes = []
for args in [(), (3,), ("bye", 2)]:
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        codes.append((e.code, e.args, isinstance(e, Exception)))
codes
# expect: [(None, (), False), (3, (3,), False), (('bye', 2), ('bye', 2), False)]
