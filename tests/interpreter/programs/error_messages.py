# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import json

def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
        return type(e).__name__

def two(a, b):
    return a

user = await get_user(3)
kinds = [
    attempt("key", lambda: user["missing"]),
    attempt("index", lambda: [1, 2, 3][10]),
    attempt("zero", lambda: 1 / 0),
    attempt("modzero", lambda: 5 % 0),
    attempt("int", lambda: int("abc")),
    attempt("float", lambda: float("x1")),
    attempt("concat", lambda: "a" + 1),
    attempt("add", lambda: 1 + "a"),
    attempt("unhashable", lambda: {[1]: 2}),
    attempt("attr", lambda: user.name),
    attempt("call", lambda: user["name"]()),
    attempt("unpack", lambda: [a for a, b in [(1, 2, 3)]]),
    attempt("json", lambda: json.loads("")),
    attempt("tuple", lambda: (1, 2).append(3)),
    attempt("pop", lambda: [].pop()),
    attempt("remove", lambda: [1].remove(5)),
    attempt("dictpop", lambda: {}.pop("k")),
    attempt("str_index", lambda: "abc".index("z")),
    attempt("compare", lambda: sorted([1, "a"])),
    attempt("args", lambda: two(1)),
]
try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(repr(e), e.args)
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
kinds
