# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
from collections import Counter
import re

hits = await search("temporal python sandboxing asyncio", limit=8)
text = " ".join(h["title"] for h in hits).lower()
words = re.findall(r"[a-z]+", text)
stop = {"and", "the", "for", "with", "of", "in", "without"}
freq = Counter(w for w in words if w not in stop and len(w) > 2)
top = freq.most_common(5)
longest = sorted(set(words), key=lambda w: (-len(w), w))[:3]
capitalized = [w.title() for w, _ in top]
print(", ".join(f"{w}:{c}" for w, c in top))
{"top": top, "longest": longest, "cap": capitalized, "distinct": len(set(words))}
