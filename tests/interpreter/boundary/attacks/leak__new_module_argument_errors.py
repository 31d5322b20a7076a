# Attacks: every new module function called with hostile argument types (program objects, None, nested lists, huge ints).
# Held: clean errors with no host names or addresses.
import io, csv, uuid, types, hashlib, contextlib, sys, textwrap, html, unicodedata, base64, urllib.parse
class P:
    pass
fns = [textwrap.wrap, textwrap.fill, textwrap.dedent, textwrap.indent, textwrap.shorten, html.escape, html.unescape,
       unicodedata.name, unicodedata.normalize, unicodedata.lookup, base64.b64encode, base64.b64decode, base64.a85encode,
       hashlib.sha256, hashlib.new, urllib.parse.quote, urllib.parse.unquote, urllib.parse.urlparse, urllib.parse.urlencode,
       urllib.parse.parse_qs, urllib.parse.urljoin, urllib.parse.urlunparse, uuid.UUID, uuid.uuid3, io.StringIO, csv.reader,
       csv.writer, types.SimpleNamespace, contextlib.suppress, sys.setrecursionlimit]
args = [P(), None, [[1]], 10**100, -1, b"\xff", "\ud800", (1,), {"a": P()}]
out = []
for f in fns:
    for a in args:
        for call in (lambda: f(a), lambda: f(a, a), lambda: f("x", a), lambda: f(a, "x")):
            try:
                r = call()
                out.append(repr(r)[:40])
            except Exception as e:
                out.append(type(e).__name__ + ": " + str(e)[:120])
"\n".join(out)
