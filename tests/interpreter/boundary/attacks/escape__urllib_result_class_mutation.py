# Attacks: the ParseResult/SplitResult classes are module-level host classes shared by every run: class attribute writes, _field_defaults, _fields.
# Held: writes refused; the next run's urlparse unchanged.
import urllib.parse
out = []
P = urllib.parse.ParseResult
r = urllib.parse.urlparse("http://u:p@h:8/x?q#f")
for attempt in (
    lambda: setattr(P, "hostname", 1),
    lambda: setattr(P, "geturl", print),
    lambda: setattr(r, "scheme", "evil"),
    lambda: r._fields,
    lambda: r._asdict(),
    lambda: P._fields,
):
    try:
        out.append(repr(attempt())[:60])
    except Exception as e:
        out.append(type(e).__name__)
(out, r.hostname, r.port, r.geturl())
