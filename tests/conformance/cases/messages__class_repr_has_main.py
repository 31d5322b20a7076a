class C:
    pass
(repr(C), str(C))
# expect: ("<class '__main__.C'>", "<class '__main__.C'>")
