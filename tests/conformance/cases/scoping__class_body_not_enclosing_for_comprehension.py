class C:
    k = 2
    vals = [i * k for i in range(3)]
# expect: raises NameError: name 'k' is not defined
