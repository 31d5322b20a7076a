# Attacks: format() with a spec on a builtin function names NativeFunction.__format__.
# Held: no host class names.
try:
    format(len, "x")
except TypeError as e:
    r = str(e)
r
