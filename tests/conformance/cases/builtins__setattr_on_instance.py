class C:
    pass
c = C()
setattr(c, "v", 3)
c.v
# expect: 3
