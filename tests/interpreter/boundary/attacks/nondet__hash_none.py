# Attacks: hash(None): address-based in CPython 3.11.
# Held: the same value in every process.
[hash(None), hash((1, None)), hash(frozenset([None]))]
