class C:
    pass
repr(type(C()))
# expect: "<class '__main__.C'>"
