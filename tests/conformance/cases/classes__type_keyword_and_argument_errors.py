out = []
for make in (lambda: type(x=1), lambda: type(1, x=1), lambda: type("A", (), {}, x=1), lambda: type("A", [], {}, x=1),
             lambda: type(None, (), {}), lambda: type("A", (), {}, 1), lambda: type()):
    try:
        make()
    except TypeError as e:
        out.append(str(e))
out
# expect: ['type() takes 1 or 3 arguments', 'type() takes no keyword arguments', 'A.__init_subclass__() takes no keyword arguments', 'type.__new__() argument 2 must be tuple, not list', 'type.__new__() argument 1 must be str, not None', 'type() takes 1 or 3 arguments', 'type() takes 1 or 3 arguments']
