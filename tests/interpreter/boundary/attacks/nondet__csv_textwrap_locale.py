# Attacks: csv QUOTE_NONNUMERIC float formatting, textwrap/str methods on non-ASCII whitespace and case, html.unescape of entities, under different locales.
# Held: identical across locales and zones.
import csv, io, textwrap, html, unicodedata
f = io.StringIO()
w = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
w.writerow([1.5, 1e300, float("inf"), "x", -0.0, 12345678901234567890])
r = list(csv.reader(io.StringIO(f.getvalue()), quoting=csv.QUOTE_NONNUMERIC))
(f.getvalue(), r, textwrap.wrap("\u00e9t\u00e9\u3000hiver\xa0x " * 3, 8), html.unescape("&eacute;&#233;&notin;"), unicodedata.normalize("NFC", "e\u0301"))
