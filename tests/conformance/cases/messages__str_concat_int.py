try:
    "a" + 1
except TypeError as e:
    r = str(e)
r
# expect: 'can only concatenate str (not "int") to str'
