# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
results = await search("asyncio gather explained", limit=3)
paragraph = " ".join(r["title"] for r in results) * 2

def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if len(candidate) > width and current:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines

lines = wrap(paragraph, 24)
for line in lines:
    print(f"| {line:<24} |")
{"lines": len(lines), "widest": max(len(l) for l in lines)}
