# Attacks: `with` on a builtin function: the error names type(manager).__name__.
# Held: no host class names.
# expect: error
with print:
    pass
