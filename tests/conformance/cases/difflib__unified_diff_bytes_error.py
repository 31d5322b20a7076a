import difflib
list(difflib.unified_diff([b"a"], [b"b"]))
# expect: raises TypeError: lines to compare must be str, not bytes (b'a')
