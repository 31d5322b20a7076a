def f(a):
    return a
try:
    f(1, a=2)
except TypeError as e:
    r = str(e)
r
# expect: "f() got multiple values for argument 'a'"
