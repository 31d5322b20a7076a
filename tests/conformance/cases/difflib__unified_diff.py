import difflib
a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n"]
b = ["one\n", "TWO\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
print("".join(difflib.unified_diff(a, b, fromfile="before.txt", tofile="after.txt", n=2)), end="")
# expect: None
