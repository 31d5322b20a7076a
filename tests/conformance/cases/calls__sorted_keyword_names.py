results = []
for call in (lambda: sorted([3, 1], cmp=None), lambda: sorted(iterable=[2, 1]), lambda: sorted()):
    try:
        call()
    except TypeError as e:
        results.append(str(e))
results
# expect: ["'cmp' is an invalid keyword argument for sort()", 'sorted expected 1 argument, got 0', 'sorted expected 1 argument, got 0']
