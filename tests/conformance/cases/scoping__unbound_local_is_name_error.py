def f():
    try:
        y
        y = 1
    except NameError as e:
        return type(e).__name__, isinstance(e, UnboundLocalError)
f()
# expect: ('UnboundLocalError', True)
