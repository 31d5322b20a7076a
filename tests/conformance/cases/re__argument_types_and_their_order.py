import re
class Two:
    def __index__(self):
        return 2
out = []
for call in [
    lambda: re.sub("a", 1, "abc"), lambda: re.sub("a", "b", 1), lambda: re.sub(1, "b", "abc"), lambda: re.search("a", 1),
    lambda: re.search(1, "a"), lambda: re.escape(1), lambda: re.escape(None), lambda: re.sub("a", "b", "abc", "x"),
    lambda: re.split("a", 1), lambda: re.findall("a", None), lambda: re.compile(1), lambda: re.compile(None),
    lambda: re.sub("a", "b", "abc", flags="x"), lambda: re.search("a", "a", 1.5), lambda: re.compile([1]),
    lambda: re.compile("a", [1]), lambda: re.compile(re.compile("a"), 2), lambda: re.sub("a", None, 1, "x"),
    lambda: re.sub("a", None, 1), lambda: re.subn("a", 2.5, "a"), lambda: re.compile("a").sub(None, "a", count=Two()),
    lambda: re.compile("a").search("aaa", Two()).span(), lambda: re.compile("a").search(None, 1.5),
    lambda: re.split("a", "bab", "x"), lambda: re.split("a", 5, "x"), lambda: re.compile("a").findall(None, None),
    lambda: re.escape(["a"]), lambda: re.search("a", "a", None),
]:
    try:
        out.append(call())
    except (TypeError, ValueError) as e:
        out.append((type(e).__name__, str(e)))
out
# expect: [('TypeError', 'decoding to str: need a bytes-like object, int found'), ('TypeError', "expected string or bytes-like object, got 'int'"), ('TypeError', 'first argument must be string or compiled pattern'), ('TypeError', "expected string or bytes-like object, got 'int'"), ('TypeError', 'first argument must be string or compiled pattern'), ('TypeError', 'decoding to str: need a bytes-like object, int found'), ('TypeError', 'decoding to str: need a bytes-like object, NoneType found'), ('TypeError', "'str' object cannot be interpreted as an integer"), ('TypeError', "expected string or bytes-like object, got 'int'"), ('TypeError', "expected string or bytes-like object, got 'NoneType'"), ('TypeError', 'first argument must be string or compiled pattern'), ('TypeError', 'first argument must be string or compiled pattern'), ('TypeError', "unsupported operand type(s) for &: 'str' and 'RegexFlag'"), ('TypeError', "unsupported operand type(s) for &: 'float' and 'RegexFlag'"), ('TypeError', "unhashable type: 'list'"), ('TypeError', "unhashable type: 'list'"), ('ValueError', 'cannot process flags argument with a compiled pattern'), ('TypeError', "'str' object cannot be interpreted as an integer"), ('TypeError', 'decoding to str: need a bytes-like object, NoneType found'), ('TypeError', 'decoding to str: need a bytes-like object, float found'), ('TypeError', 'decoding to str: need a bytes-like object, NoneType found'), (2, 3), ('TypeError', "'float' object cannot be interpreted as an integer"), ('TypeError', "'str' object cannot be interpreted as an integer"), ('TypeError', "'str' object cannot be interpreted as an integer"), ('TypeError', "'NoneType' object cannot be interpreted as an integer"), ('TypeError', 'decoding to str: need a bytes-like object, list found'), ('TypeError', "unsupported operand type(s) for &: 'NoneType' and 'RegexFlag'")]
