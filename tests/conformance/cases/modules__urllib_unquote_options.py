from urllib import parse
out = []
for call in [lambda: parse.unquote('x', None), lambda: parse.unquote('x', 1), lambda: parse.unquote('a%20b', None, None), lambda: parse.unquote('a%20b', 1), lambda: parse.unquote('a%20b', 'utf-8', 5),
             lambda: parse.unquote_plus('a+b', 1), lambda: parse.unquote_plus('a+%41', None), lambda: parse.unquote_plus('a+%41', 'ascii', 1), lambda: parse.unquote('%e9', 'latin-1'), lambda: parse.unquote('%e9', 'nope')]:
    try:
        out.append(call())
    except Exception as e:
        out.append((type(e).__name__, str(e)))
out
# expect: ['x', 'x', 'a b', ('TypeError', "decode() argument 'encoding' must be str, not int"), ('TypeError', "decode() argument 'errors' must be str, not int"), 'a b', 'a A', ('TypeError', "decode() argument 'errors' must be str, not int"), 'é', ('LookupError', 'unknown encoding: nope')]
