# Attacks: reprs, types and error messages of every new module object (StringIO, csv reader/writer, DictReader, HASH, UUID, namespace, contextlib managers, shim named tuples, GenericAlias).
# Held: no memory address, host class or path.
import io, csv, uuid, types, hashlib, contextlib, sys, textwrap, html, unicodedata, base64, urllib.parse
objs = [io.StringIO(), csv.reader([]), csv.writer(io.StringIO()), csv.DictReader([]), csv.DictWriter(io.StringIO(), ["a"]), uuid.uuid4(), types.SimpleNamespace(a=1), hashlib.md5(), contextlib.suppress(), contextlib.nullcontext(), contextlib.closing(1), sys.version_info, urllib.parse.urlparse("http://a/b")]
out = []
for o in objs:
    out.append(repr(o))
    out.append(str(type(o)))
    for bad in (lambda: o.nope, lambda: o + 1, lambda: o[0], lambda: len(o), lambda: o(), lambda: hash(o), lambda: iter(o), lambda: o < o, lambda: -o):
        try:
            bad()
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
"\n".join(out)
