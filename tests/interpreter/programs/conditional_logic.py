# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
def classify(weather):
    t = sum(weather["temps"]) / len(weather["temps"])
    if t >= 15:
        label = "warm"
    elif t >= 10:
        label = "mild"
    elif t >= 5:
        label = "cool"
    else:
        label = "cold"
    advice = "umbrella" if weather["condition"] in ("rain", "fog") else "sunglasses" if weather["condition"] == "clear" else "jacket" if label in ("cool", "cold") else "nothing"
    return label, advice

out = {}
for city in ("paris", "london", "tokyo", "berlin", "lima"):
    w = await fetch_weather(city)
    out[city] = classify(w)
not_cold = [c for c, (label, _) in out.items() if not label == "cold" and label != "cool"]
{"out": out, "not_cold": not_cold, "any_umbrella": any(a == "umbrella" for _, a in out.values()), "x": None or 0 or "default", "y": 1 and 2 and 0}
