# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
def handle(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"moving {direction}"
        case ["take", item, *rest] if rest:
            return f"taking {item} and {len(rest)} more"
        case ["take", item]:
            return f"taking {item}"
        case ["drop", *items]:
            return f"dropping {', '.join(items) or 'nothing'}"
        case []:
            return "empty"
        case [single]:
            return f"unknown verb {single!r}"
        case _:
            return "??"

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"axis at {y}"
        case Point(x=x, y=y) if x == y:
            return "diagonal"
        case _:
            return "elsewhere"

def kind(v):
    match v:
        case bool():
            return "bool"
        case int() | float() as n if n < 0:
            return "negative"
        case int(n):
            return f"int {n}"
        case str() as s if len(s) > 3:
            return "long str"
        case (a, b):
            return f"pair {a},{b}"
        case {"type": "user", "id": int(uid)}:
            return f"user {uid}"
        case None:
            return "none"
        case _:
            return type(v).__name__

for c in ["go north", "take lamp", "take lamp key rope", "drop", "dance", "", "go up"]:
    print(handle(c))
print([where(Point(*xy)) for xy in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 2)]])
[kind(v) for v in [True, -3, 7, "hello", "hi", (1, 2), [3, 4], {"type": "user", "id": 9}, None, 2.5, -0.5]]
