# Attacks: identity hashes come from the run's id() counter: print them for functions, classes,
# bound methods, unions and instances created in different orders, keyed sets built from them, and
# sort by them. Every environment (hash seed, time zone, locale) must print the same.
# Held: identical output in every environment.
# expect: value 'ok'
import typing
class A:
    def m(self):
        pass
def f():
    pass
objs = [A(), f, A, int | str, typing.Optional[int], A().m, len, print]
hashes = [hash(o) for o in objs]
order = sorted(range(len(objs)), key=lambda i: hashes[i])
print(hashes, order, [hash(o) == h for o, h in zip(objs, hashes)])
s = {f, A, len}
print([o is f for o in s], len({A().m for _ in range(3)}))
"ok"
