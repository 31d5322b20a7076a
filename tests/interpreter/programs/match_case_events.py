# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
events = [
    {"type": "click", "x": 10, "y": 20},
    {"type": "key", "key": "Enter"},
    {"type": "key", "key": "q", "mods": ["ctrl"]},
    ("move", 3, 4),
    ("resize", 800, 600),
    ["quit"],
    42,
    "ping",
    {"type": "scroll", "delta": -3},
    None,
]

def describe(event):
    match event:
        case {"type": "click", "x": x, "y": y} if x > 5:
            return f"click at {x},{y}"
        case {"type": "key", "key": "Enter"}:
            return "enter"
        case {"type": "key", "key": k, "mods": [*mods]}:
            return f"{'+'.join(mods)}+{k}"
        case ("move", dx, dy):
            return f"move by {dx},{dy}"
        case ("resize", w, h) | ("scale", w, h):
            return f"size {w}x{h}"
        case ["quit"]:
            return "quit"
        case int(n) | float(n):
            return f"number {n}"
        case "ping" | "pong":
            return "heartbeat"
        case {"type": t, **rest}:
            return f"other {t} {sorted(rest)}"
        case None:
            return "nothing"
        case _:
            return "unknown"

[describe(e) for e in events]
