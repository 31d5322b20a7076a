import difflib
a = "one\ntwo\nthree\n".splitlines(keepends=True)
b = "ore\ntree\nemu\n".splitlines(keepends=True)
print("".join(difflib.ndiff(a, b)), end="")
# expect: None
