# Attacks: id(): a per-run counter; ids of interned/cached objects (small ints, '', (), None, constants) and of values shared with the host (uuid namespaces, string constants).
# Held: identical across processes, hash seeds and zones.
import uuid, string, sys
a = [id(x) for x in (1, 256, 257, "", "a", (), None, True, ..., NotImplemented, uuid.NAMESPACE_DNS, string.digits, sys.version_info, int)]
b = [id(x) for x in (1, 256, 257, "", "a", (), None, True, ..., NotImplemented, uuid.NAMESPACE_DNS, string.digits, sys.version_info, int)]
c = [id([]) == id([]), id(2 ** 70) == id(2 ** 70), id("ab" + "c") == id("abc"), id(str(5)) == id("5")]
(a, a == b, c)
