import difflib
list(difflib.unified_diff(["a\n"], ["a\n"]))
# expect: []
