from urllib import parse
out = []
for call in [
    lambda: parse.quote(None), lambda: parse.quote("x", 1), lambda: parse.quote_plus(None, None), lambda: parse.unquote(None),
    lambda: parse.unquote([1]), lambda: parse.unquote_plus(1), lambda: parse.urlparse(1), lambda: parse.urlparse("x", None),
    lambda: parse.urlparse(None, "x"), lambda: parse.urlunparse(None), lambda: parse.urlunparse([1]), lambda: parse.urljoin(None),
    lambda: parse.urljoin("a", 1), lambda: parse.parse_qsl("a=1", separator=None), lambda: parse.urlencode(1),
    lambda: parse.urlencode([1]), lambda: parse.urlsplit([1]),
]:
    try:
        out.append(call())
    except (TypeError, ValueError, AttributeError) as e:
        out.append((type(e).__name__, str(e)))
out
# expect: [('TypeError', 'quote_from_bytes() expected bytes'), ('TypeError', "'int' object is not iterable"), ('TypeError', "unsupported operand type(s) for +: 'NoneType' and 'bytes'"), ('TypeError', "argument of type 'NoneType' is not iterable"), ('AttributeError', "'list' object has no attribute 'split'"), ('AttributeError', "'int' object has no attribute 'replace'"), ('AttributeError', "'int' object has no attribute 'decode'"), ('AttributeError', "'NoneType' object has no attribute 'strip'"), ('TypeError', 'Cannot mix str and non-str arguments'), ('TypeError', 'urllib.parse._coerce_args() argument after * must be an iterable, not NoneType'), ('AttributeError', "'int' object has no attribute 'decode'"), ('TypeError', "urljoin() missing 1 required positional argument: 'url'"), ('TypeError', 'Cannot mix str and non-str arguments'), ('ValueError', 'Separator must be of type string or bytes.'), ('TypeError', 'not a valid non-string sequence or mapping object'), ('TypeError', 'not a valid non-string sequence or mapping object'), ('TypeError', "unhashable type: 'list'")]
