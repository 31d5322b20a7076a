# Attacks: hash() falls back to an identity hash for any value whose host class keeps
# object.__hash__. Type unions (`int | str`) and typing forms (`Optional[int]`) are made fresh on
# each evaluation; CPython compares and hashes them by value (a union by its members), so a dict
# keyed by one finds the other. Here they compare by identity and hash by the run's id counter:
# `(int | str) == (int | str)` is False and the lookup misses, silently.
# Held: equal values hash equal and are found, as CPython (or hashing is refused).
# expect: value [(True, True, True), (True, True, True)]
import typing
out = []
for make in (lambda: int | str, lambda: typing.Optional[int]):
    a, b = make(), make()
    try:
        out.append((a == b, hash(a) == hash(b), {a: 1}.get(b) == 1))
    except TypeError as e:
        out.append(("refused", str(e)))
out
