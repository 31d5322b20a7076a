def f(x):
    try:
        return {"a": 1}[x] if x != 0 else 1 / x
    except (KeyError, ZeroDivisionError) as e:
        return type(e).__name__
(f("b"), f(0))
# expect: ('KeyError', 'ZeroDivisionError')
