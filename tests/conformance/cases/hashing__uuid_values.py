import uuid
u = uuid.UUID(int=5)
(hash(u) == hash(5), len({u, uuid.UUID(int=5), uuid.UUID(int=6)}), {u: "x"}[uuid.UUID(int=5)])
# expect: (True, 2, 'x')
