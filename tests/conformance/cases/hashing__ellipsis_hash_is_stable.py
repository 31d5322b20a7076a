table = {...: "ellipsis"}
(hash(...) == hash(...), table[...], hash((..., 1)) == hash((..., 1)))
# expect: (True, 'ellipsis', True)
