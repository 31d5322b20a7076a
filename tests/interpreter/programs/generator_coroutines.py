# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
def averager():
    total, count = 0.0, 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

def collect(results, key):
    results[key] = yield from averager()

def tokenizer(text):
    for word in text.split():
        cmd = yield word
        if cmd == "upper":
            yield word.upper()

weather = await fetch_weather(city="Tokyo", days=6)
results = {}
group = collect(results, "tokyo")
next(group)
running = [round(group.send(t), 2) for t in weather["temps"]]
try:
    group.send(None)
except StopIteration:
    pass
print(running, results)
tok = tokenizer("alpha beta gamma")
out = [next(tok), tok.send("upper"), next(tok), next(tok)]
def guarded():
    try:
        yield "ready"
        yield "second"
    except ValueError as e:
        yield f"recovered from {e}"
g = guarded()
out += [next(g), g.throw(ValueError("bad input"))]
g.close()
out, list(g)
