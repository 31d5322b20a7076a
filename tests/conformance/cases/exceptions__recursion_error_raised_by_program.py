class TooDeep(RecursionError):
    pass
try:
    raise TooDeep("custom")
except RuntimeError as e:
    r = (type(e).__name__, str(e), issubclass(RecursionError, RuntimeError))
r
# expect: ('TooDeep', 'custom', True)
