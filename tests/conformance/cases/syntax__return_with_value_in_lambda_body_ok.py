f = lambda x: x if x else None
f(0)
# expect: None
