# Attacks: list index with a builtin function names NativeFunction.
# Held: no host class names.
try:
    [1][len]
except TypeError as e:
    r = str(e)
r
