# Attacks: str.format fields and attrgetter/methodcaller over the named tuple API and user dunders on host-held objects (a shim named tuple, a module, a native class).
# Held: no host object or attribute beyond the declared ones.
import sys, operator, uuid, io
out = []
tests = [
    lambda: "{0._make}".format(sys.version_info),
    lambda: "{0._fields}".format(sys.version_info),
    lambda: "{0.__init__}".format(sys),
    lambda: "{0.__enter__}".format(io.StringIO()),
    lambda: "{0.__post_init__}".format(uuid.UUID),
    lambda: operator.attrgetter("_asdict")(uuid.uuid4()),
    lambda: operator.methodcaller("_replace", major=9)(sys.version_info),
    lambda: "{0.__format__}".format(1),
    lambda: "{0[0]._asdict.__self__}".format([sys.version_info]),
]
for t in tests:
    try:
        out.append(repr(t())[:80])
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e)[:80])
out
