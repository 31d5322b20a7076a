# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import re

text = "Contact: Alice <alice@example.com>, BOB <Bob.Smith@Example.org>; carol@test.io"
emails = re.findall(r"[\w.]+@[\w.]+\.\w+", text)
names = re.findall(r"(\w+) <", text)
case_insensitive = re.findall(r"bob", text, flags=re.IGNORECASE)

def mask(m):
    user, domain = m.group(1), m.group(2)
    return f"{user[0]}***@{domain}"

masked = re.sub(r"([\w.]+)@([\w.]+\.\w+)", mask, text)
full = [bool(re.fullmatch(r"\d{3}-\d{4}", s)) for s in ("555-1234", "5551234", "555-12345")]
escaped = re.escape("1+1=2? (yes)")
m = re.search(r"<(?P<addr>[^>]+)>", text)
spans = [mm.span() for mm in re.finditer(r"@", text)]
sub_count = re.subn(r"\s+", " ", "a   b \t c\n\nd")
print(masked)
{"emails": emails, "names": names, "ci": case_insensitive, "full": full, "escaped": escaped, "addr": m.group("addr"), "start": m.start(), "spans": spans, "subn": sub_count, "split": re.split(r"[;,]\s*", text)[1:]}
