# Attacks: the class handed to __exit__ for errors raised inside host code of every new module (what a program prints for type(e)).
# Held: CPython's class names only.
import base64, csv, json, unicodedata, uuid, urllib.parse, io, textwrap, hashlib
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb):
        self.seen = (repr(t), t.__name__, repr(e)[:80])
        return True
out = []
for bad in (lambda: base64.b32decode("1"), lambda: list(csv.reader(['"a'], strict=True)), lambda: unicodedata.lookup("NO SUCH"),
            lambda: uuid.UUID("zz"), lambda: urllib.parse.urlsplit("http://[::1"), lambda: io.StringIO().seek(-1),
            lambda: textwrap.wrap("x", 0), lambda: hashlib.new("nope"), lambda: json.loads("{")):
    c = CM()
    with c:
        bad()
    out.append(c.seen)
out
