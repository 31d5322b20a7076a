def f():
    try:
        raise ValueError("inner")
    except ValueError:
        raise
try:
    f()
except ValueError as e:
    r = str(e)
r
# expect: 'inner'
