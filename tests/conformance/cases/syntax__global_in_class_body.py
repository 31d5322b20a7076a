class C:
    global shared
    shared = 4
shared
# expect: 4
