e = ValueError("a", "b")
str(e)
# expect: "('a', 'b')"
