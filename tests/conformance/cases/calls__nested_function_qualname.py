def outer():
    def inner(a):
        return a
    return inner
try:
    outer()(1, 2)
except TypeError as e:
    r = str(e)
r
# expect: 'outer.<locals>.inner() takes 1 positional argument but 2 were given'
