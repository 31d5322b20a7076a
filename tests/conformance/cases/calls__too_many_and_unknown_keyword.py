def f(a):
    pass
try:
    f(1, 2, z=3)
except TypeError as e:
    r = str(e)
r
# expect: "f() got an unexpected keyword argument 'z'"
