def outer():
    z = 1
    def inner():
        return z
    del z
    return inner()
outer()
# expect: raises NameError: cannot access free variable 'z' where it is not associated with a value in enclosing scope
