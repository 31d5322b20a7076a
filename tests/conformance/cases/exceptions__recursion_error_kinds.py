def f(n):
    return f(n + 1)
out = []
for catch in ("RecursionError", "RuntimeError", "Exception"):
    try:
        f(0)
    except RecursionError as e:
        out.append((type(e).__name__, str(e), isinstance(e, RuntimeError)))
out
# expect: [('RecursionError', 'maximum recursion depth exceeded', True), ('RecursionError', 'maximum recursion depth exceeded', True), ('RecursionError', 'maximum recursion depth exceeded', True)]
