# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import re
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "bob@home amy@work"))
print(re.findall(r"\bcat\b", "cat concat cat."), re.split(r"(,)", "a,b"), re.sub(r"\s+", " ", " a \n b ").strip())
p = re.compile(r"""
    (?P<year>\d{4})  # year
    -(?P<month>\d{2})
""", re.VERBOSE)
m = p.search("on 2024-05-01")
print(m.group("year"), m.groups(), m.group(0), m.start("month"), re.findall(r"a.c", "a\nc abc", re.DOTALL))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").group(2), re.fullmatch("a|ab", "ab"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.findall(r"(\w)=(\d)", "a=1, b=2"))
print([m.group(1) for m in re.finditer(r"<(.*?)>", "<a><b>")], re.findall(r"<.*>", "<a><b>"))
