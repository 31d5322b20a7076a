out = []
for value in (1, "s", [1], {"a": 1}, (1,), 1.5, None, range(3)):
    try:
        value._x
    except AttributeError as e:
        out.append(str(e))
e = ValueError("bad")
e._code = 7
out.append(e._code)
try:
    e._other
except AttributeError as err:
    out.append(str(err))
out
# expect: ["'int' object has no attribute '_x'", "'str' object has no attribute '_x'", "'list' object has no attribute '_x'", "'dict' object has no attribute '_x'", "'tuple' object has no attribute '_x'", "'float' object has no attribute '_x'", "'NoneType' object has no attribute '_x'", "'range' object has no attribute '_x'", 7, "'ValueError' object has no attribute '_other'"]
