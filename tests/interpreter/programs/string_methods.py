# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
user = await get_user(17)
email = "  Jane.Doe+news@Example.COM \n"
clean = email.strip().lower()
local, _, domain = clean.partition("@")
base_local = local.split("+")[0]
sentence = "the_quick-brown fox"
camel = "".join(w.capitalize() for w in sentence.replace("-", " ").replace("_", " ").split())
checks = {
    "isdigit": "12345".isdigit(),
    "isalpha": "abc1".isalpha(),
    "isupper": "ABC".isupper(),
    "isspace": " \t".isspace(),
    "isalnum": "abc123".isalnum(),
    "startswith": clean.startswith(("jane", "john")),
    "endswith": clean.endswith(".com"),
}
print(clean, base_local, domain)
print("|" + "x".center(9, "*") + "|" + "42".zfill(6) + "|" + "a,b,,c".split(",")[2] + "|")
{"camel": camel, "checks": checks, "swap": "Hello".swapcase(), "title": user["name"].upper(), "rsplit": "a.b.c.d".rsplit(".", 1), "lines": "x\ny\r\nz".splitlines(), "rstrip": "xxhixx".strip("x"), "replace": "aaaa".replace("a", "b", 2), "join": "-".join(map(str, range(5))), "casefold": "Straße".casefold(), "expand": "a\tb".expandtabs(4), "rpartition": "k=v=w".rpartition("=")}
