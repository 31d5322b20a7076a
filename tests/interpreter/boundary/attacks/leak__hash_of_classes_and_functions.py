# Attacks: hash() of classes, builtin functions, module members, Ellipsis, NotImplemented, slices, modules (CPython hashes them by address).
# Held: refused or process-independent values, identical across hash seeds.
import io, csv, uuid, types, math, re
out = []
for v in (int, type, print, len, math.sqrt, io.StringIO, csv.Error, uuid.UUID, ..., NotImplemented, slice(1, 2), re, types.SimpleNamespace, uuid.uuid4(), object(), lambda: 1):
    try:
        out.append(hash(v))
    except TypeError as e:
        out.append("TypeError: " + str(e))
out
