repr(KeyError("k"))
# expect: "KeyError('k')"
