# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import string
docs = await search(query="python asyncio gather retries", limit=4)
titles = [d["title"] for d in docs]
print(titles)
slug = lambda t: "-".join("".join(ch for ch in w if ch in string.ascii_letters + string.digits).lower() for w in t.split())
print([slug(t) for t in titles])
words = " ".join(titles).split()
width, line, out = 30, "", []
for w in words:
    if len(line) + len(w) + (1 if line else 0) > width:
        out.append(line)
        line = w
    else:
        line = f"{line} {w}" if line else w
out.append(line)
print("\n".join(f"|{l:<{width}}|" for l in out))
print(string.capwords("hello   big world"), string.punctuation[:5], string.hexdigits, string.ascii_uppercase[::5])
tmpl = string.Template("Hi $name, you owe ${amount}!")
print(tmpl.substitute(name="Bo", amount="5"), tmpl.safe_substitute(name="X"))
acronym = "".join(w[0].upper() for w in titles[0].split())
vowels = sum(1 for ch in " ".join(titles).lower() if ch in "aeiou")
acronym, vowels, max(words, key=len), sorted(set(w.lower() for w in words))[:5]
