import html
out = []
for call in [lambda: html.escape(b"x"), lambda: html.escape(None), lambda: html.escape(1, 2), lambda: html.unescape(None), lambda: html.unescape(1.5), lambda: html.unescape(b"x")]:
    try:
        out.append(call())
    except (TypeError, AttributeError) as e:
        out.append((type(e).__name__, str(e)))
out
# expect: [('TypeError', "a bytes-like object is required, not 'str'"), ('AttributeError', "'NoneType' object has no attribute 'replace'"), ('AttributeError', "'int' object has no attribute 'replace'"), ('TypeError', "argument of type 'NoneType' is not iterable"), ('TypeError', "argument of type 'float' is not iterable"), ('TypeError', "a bytes-like object is required, not 'str'")]
