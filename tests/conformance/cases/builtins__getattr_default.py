class C:
    x = 1
(getattr(C(), "x"), getattr(C(), "y", "dflt"), hasattr(C(), "y"))
# expect: (1, 'dflt', False)
