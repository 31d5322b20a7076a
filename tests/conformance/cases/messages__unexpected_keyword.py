def f(a):
    return a
try:
    f(b=1)
except TypeError as e:
    r = str(e)
r
# expect: "f() got an unexpected keyword argument 'b'"
