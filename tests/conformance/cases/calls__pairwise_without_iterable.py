import itertools
results = []
for call in (lambda: itertools.pairwise(), lambda: itertools.pairwise([1], [2])):
    try:
        call()
    except TypeError as e:
        results.append(str(e))
results
# expect: ['pairwise expected 1 argument, got 0', 'pairwise expected 1 argument, got 2']
