# Attacks: uuid4 (seeded), uuid3/uuid5, UUID hash and ordering, set of UUIDs.
# Held: identical across hash seeds and zones.
import uuid
xs = [uuid.uuid4() for _ in range(5)]
ys = {uuid.uuid5(uuid.NAMESPACE_URL, str(i)) for i in range(5)}
try:
    h = hash(xs[0])
except TypeError as e:
    h = str(e)
([str(x) for x in xs], [str(y) for y in ys], sorted(xs)[0] == min(xs), h)
