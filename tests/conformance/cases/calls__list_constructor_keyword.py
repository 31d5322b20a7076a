results = []
for call in (lambda: list(iterable=[1]), lambda: tuple([1], [2]), lambda: dict([], [])):
    try:
        call()
    except TypeError as e:
        results.append(str(e))
results
# expect: ['list() takes no keyword arguments', 'tuple expected at most 1 argument, got 2', 'dict expected at most 1 argument, got 2']
