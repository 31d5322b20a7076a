results = []
for args in [(), (["a"], ["b"])]:
    try:
        "-".join(*args)
    except TypeError as e:
        results.append(str(e))
results
# expect: ['str.join() takes exactly one argument (0 given)', 'str.join() takes exactly one argument (2 given)']
