class Outer:
    x = 1
    class Inner:
        y = x
# expect: raises NameError: name 'x' is not defined
