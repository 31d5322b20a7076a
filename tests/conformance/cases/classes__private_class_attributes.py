class Registry:
    _registry = {}
    _count = 0
    @classmethod
    def register(cls, name):
        cls._registry[name] = cls._count
        cls._count += 1
        return cls._count
Registry.register("a")
Registry.register("b")
Registry._extra = "x"
r = Registry()
(Registry._registry, Registry._count, r._count, r._extra, hasattr(Registry, "_missing"))
# expect: ({'a': 0, 'b': 1}, 2, 2, 'x', False)
