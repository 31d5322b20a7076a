# Attacks: %d of a builtin function.
# Held: no host class names / builtin_function_or_method is acceptable.
try:
    "%d" % max
except TypeError as e:
    r = str(e)
r
