import string, textwrap
out = []
for call in [
    lambda: string.capwords(None), lambda: string.capwords(1, "x"), lambda: string.capwords(b"a b"), lambda: string.capwords(b"  "),
    lambda: textwrap.wrap(b"x"), lambda: textwrap.fill(b"x", 5), lambda: textwrap.shorten(None, None), lambda: textwrap.shorten(b"x y", 5),
    lambda: textwrap.shorten(b"   ", 5), lambda: textwrap.shorten("x", None), lambda: textwrap.wrap(None, None), lambda: textwrap.wrap("x", 5, bogus=1),
    lambda: textwrap.wrap(None, 5, bogus=1), lambda: textwrap.dedent(b"x"), lambda: textwrap.indent("x", None), lambda: textwrap.indent("x", 1),
    lambda: textwrap.indent("", None), lambda: textwrap.indent("\n  \n", 5), lambda: textwrap.indent(None, "> "),
]:
    try:
        out.append(call())
    except (TypeError, ValueError, AttributeError) as e:
        out.append((type(e).__name__, str(e)))
out
# expect: [('AttributeError', "'NoneType' object has no attribute 'split'"), ('AttributeError', "'int' object has no attribute 'split'"), ('TypeError', "descriptor 'capitalize' for 'str' objects doesn't apply to a 'bytes' object"), '', ('TypeError', "a bytes-like object is required, not 'dict'"), ('TypeError', "a bytes-like object is required, not 'dict'"), ('AttributeError', "'NoneType' object has no attribute 'strip'"), ('TypeError', 'sequence item 0: expected str instance, bytes found'), '', ('TypeError', "'<=' not supported between instances of 'NoneType' and 'int'"), ('AttributeError', "'NoneType' object has no attribute 'expandtabs'"), ('TypeError', "TextWrapper.__init__() got an unexpected keyword argument 'bogus'"), ('TypeError', "TextWrapper.__init__() got an unexpected keyword argument 'bogus'"), ('TypeError', 'cannot use a string pattern on a bytes-like object'), ('TypeError', "unsupported operand type(s) for +: 'NoneType' and 'str'"), ('TypeError', "unsupported operand type(s) for +: 'int' and 'str'"), '', '\\n  \\n', ('AttributeError', "'NoneType' object has no attribute 'splitlines'")]
