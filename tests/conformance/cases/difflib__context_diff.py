import difflib
a = ["one\n", "two\n", "three\n", "four\n"]
b = ["zero\n", "one\n", "tree\n", "four\n"]
print("".join(difflib.context_diff(a, b, fromfile="x", tofile="y")), end="")
# expect: None
