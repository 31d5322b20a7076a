try:
    try:
        raise MemoryError("too big")
    except ValueError:
        pass
except MemoryError as e:
    r = [repr(e), isinstance(e, Exception), type(e).__name__]
r
# expect: ["MemoryError('too big')", True, 'MemoryError']
