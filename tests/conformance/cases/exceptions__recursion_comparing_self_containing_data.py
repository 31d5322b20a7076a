d = {}
d['self'] = d
e = {}
e['self'] = e
a = [1]
a.append(a)
out = [a == a, d == d]
for f in (lambda: d == e, lambda: [a] == [[1, [1, a]]], lambda: a != [1, [1, [1, a]]], lambda: ([a],) < ([[1, a]],)):
    try:
        out.append(f())
    except RecursionError as err:
        out.append((type(err).__name__, str(err), isinstance(err, RuntimeError)))
out
# expect: [True, True, ('RecursionError', 'maximum recursion depth exceeded in comparison', True), True, False, False]
