# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import string

slug_chars = string.ascii_lowercase + string.digits + "-"

def slugify(title):
    lowered = title.lower().replace(" ", "-")
    return "".join(ch for ch in lowered if ch in slug_chars).strip("-")

hits = await search("python sandboxing regular expressions", limit=3)
slugs = [slugify(h["title"]) for h in hits]
table = str.maketrans({"a": "4", "e": "3", "o": "0"})
leet = [s.translate(table) for s in slugs]
print(string.punctuation[:10], len(string.ascii_letters), string.hexdigits)
counts = {"upper": sum(c in string.ascii_uppercase for c in "Hello World"), "ws": sum(c in string.whitespace for c in "a b\tc\n")}
{"slugs": slugs, "leet": leet, "counts": counts, "digits": string.digits, "cap": string.capwords("hello  big world")}
