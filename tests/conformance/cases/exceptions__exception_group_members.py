eg = ExceptionGroup("many", [ValueError(1), TypeError(2)])
(str(eg), len(eg.exceptions), [type(e).__name__ for e in eg.exceptions])
# expect: ('many (2 sub-exceptions)', 2, ['ValueError', 'TypeError'])
