# Escapes: a class body aliasing dunders to host callables (print, a bound native method, a builtin
# type), hoping the host calls them with its own arguments.
# Held: a clean error naming what is allowed; nothing host-made runs as a dunder.
class A:
    __repr__ = print
    __eq__ = "".join
    __call__ = dict
A()
