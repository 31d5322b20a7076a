# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import asyncio, re
from collections import Counter
queries = ["temporal determinism", "python asyncio", "retry flaky APIs", "regular expressions", "nothing matches here"]
results = await asyncio.gather(*[search(query=q, limit=3) for q in queries])
seen, merged = set(), []
for q, hits in zip(queries, results, strict=True):
    print(f"{q!r}: {len(hits)} hit(s)")
    for h in hits:
        if h["url"] not in seen:
            seen.add(h["url"])
            merged.append({**h, "query": q})
domains = Counter(re.match(r"https?://([^/]+)", h["url"]).group(1) for h in merged)
print(domains.most_common())
best = sorted(merged, key=lambda h: (-h["score"], h["title"].lower()))
table = "\n".join(f"{i:>2}. {h['title'][:30]:<30} {h['score']:.3f} ({h['query'].split()[0]})" for i, h in enumerate(best, 1))
print(table)
words = Counter(w.lower() for h in merged for w in re.findall(r"[A-Za-z]+", h["title"]) if len(w) > 3)
[w for w, _ in words.most_common(4)], len(merged), sum(1 for r in results if not r)
