# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import re
emails = ["ann@example.com", "bad@", "x.y+z@sub.domain.org", "@no.com", "UPPER@EXAMPLE.COM"]
email_re = re.compile(r"^[\w.+-]+@([\w-]+\.)+[a-z]{2,}$", re.IGNORECASE)
print([bool(email_re.match(e)) for e in emails])
phone = re.compile(r"""
    \(?(\d{3})\)?   # area code
    [\s.-]?(\d{3})  # prefix
    [\s.-]?(\d{4})  # line
""", re.VERBOSE)
for raw in ["(555) 123-4567", "555.987.6543", "5551112222", "12-34"]:
    m = phone.search(raw)
    print(raw, "->", "-".join(m.groups()) if m else None)
text = "Order A-12 shipped; order b-7 pending; ORDER C-301 lost"
print(re.findall(r"order\s+([a-z])-(\d+)", text, flags=re.I), re.sub(r"(?i)order", "ORD", text, count=2))
print(re.split(r";\s*", text), [m.start() for m in re.finditer(r"\d+", text)], re.search(r"\d{3}", text).group())
m = re.match(r"(?P<first>\w+)\s(?P<last>\w+)", "Jane Doe Smith")
print(m.group("first", "last"), m["last"], m.groupdict(), m.expand(r"\g<last>, \1"), m.re.pattern, m.string, m.pos, m.lastindex, m.lastgroup)
print(re.sub(r"(\d+)", lambda mm: str(int(mm.group(1)) * 2), "a1 b22 c333"), re.sub(r"^\s+|\s+$", "", "  trim  "), re.sub(r"\b(\w)", lambda mm: mm.group(1).upper(), "hello big world"))
print(re.findall(r"\b\w{5,}\b", "short words and longer phrases"), re.findall(r"[^\W\d_]+", "abc_123 def"), re.match(r"a*?b", "aaab").group(), re.findall(r".", "a\nb", re.S))
print(re.fullmatch(r"\d{4}-\d{2}-\d{2}", "2024-01-05") is not None, re.search(r"^b", "a\nb", re.M).start(), re.findall(r"(a|b)+", "abab cab"), re.sub(r"\s", "", " a b\tc\n"))
print(re.compile(r"x").sub("y", "xxx", 2), re.escape("1+1=2?"), re.split(r"\b", "hi there"), re.split(r"(\d)", "a1b2c"), re.findall(r"$\d+(?:\.\d\d)?", "cost $5.99 or $10"))
sum(int(n) for n in re.findall(r"-?\d+", "x=-3, y=10, z=4"))
