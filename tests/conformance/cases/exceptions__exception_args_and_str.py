e = KeyError("missing")
(str(e), repr(e), e.args)
# expect: ("'missing'", "KeyError('missing')", ('missing',))
