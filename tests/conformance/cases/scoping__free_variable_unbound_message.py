def outer():
    def inner():
        return z
    r = None
    try:
        inner()
    except NameError as e:
        r = (type(e).__name__, str(e))
    z = 1
    return r
outer()
# expect: ('NameError', "cannot access free variable 'z' where it is not associated with a value in enclosing scope")
