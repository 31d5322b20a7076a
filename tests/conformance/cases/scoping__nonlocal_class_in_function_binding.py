def outer():
    v = 1
    class C:
        nonlocal v
        v = 2
    return v
outer()
# expect: 2
