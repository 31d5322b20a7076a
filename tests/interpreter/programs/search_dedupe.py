# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
queries = ["temporal determinism", "python sandboxing", "asyncio gather", "temporal activities retries"]
seen = {}
for q in queries:
    for hit in await search(q, limit=4):
        url = hit["url"]
        if url not in seen or hit["score"] > seen[url]["score"]:
            seen[url] = {"title": hit["title"], "score": hit["score"], "query": q}
ranked = sorted(seen.items(), key=lambda kv: (-kv[1]["score"], kv[0]))
for url, info in ranked[:5]:
    domain = url.split("/")[2]
    print(f"{info['score']:.2f} {domain:<18} {info['title']}")
[u for u, _ in ranked]
