results = []
for call in (lambda: max(key=len), lambda: min([1], bogus=1), lambda: max()):
    try:
        call()
    except TypeError as e:
        results.append(str(e))
results
# expect: ['max expected at least 1 argument, got 0', "'bogus' is an invalid keyword argument for min()", 'max expected at least 1 argument, got 0']
