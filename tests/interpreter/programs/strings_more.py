# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
print("they're bill's".title(), "ß".upper(), "İ".lower() == "i̇", "a\tb  c\n".split(), "a,b,,c".split(",", 1), "x".join([]), "abc".center(8, "*"))
print("aaa".count("aa"), "hello".find("l", 3), "hello".rindex("l"), "Hello World".istitle(), "²".isdigit(), "²".isdecimal(), "½".isnumeric())
print("line1\nline2\r\n".splitlines(keepends=True), "  x ".lstrip(), "xxhixx".rstrip("x"), "abc".startswith("b", 1), "%s-%s" % ("a", "b"))
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print("TypeError:", e)
print("Ab".casefold(), "abc".removeprefix("a"), "abc".removesuffix("c"), "a-b_c".replace("-", "_").split("_"), "🙂".encode("utf-8"), len("🙂"))
