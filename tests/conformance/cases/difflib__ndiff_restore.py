import difflib
delta = list(difflib.ndiff(["a\n", "b\n", "c\n"], ["a\n", "B\n", "c\n", "d\n"]))
("".join(difflib.restore(delta, 1)), "".join(difflib.restore(delta, 2)), delta)
# expect: ('a\\nb\\nc\\n', 'a\\nB\\nc\\nd\\n', ['  a\\n', '- b\\n', '+ B\\n', '  c\\n', '+ d\\n'])
