def f():
    return undefined_thing
try:
    f()
except NameError as e:
    r = str(e)
r
# expect: "name 'undefined_thing' is not defined"
