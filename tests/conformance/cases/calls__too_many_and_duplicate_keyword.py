def f(a, b=1):
    pass
try:
    f(1, 2, 3, a=5)
except TypeError as e:
    r = str(e)
r
# expect: "f() got multiple values for argument 'a'"
