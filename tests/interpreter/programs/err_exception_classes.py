# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
    def __str__(self):
        return f"E[{self.code}]"
try:
    raise E(5)
except E as e:
    print(e, repr(e), e.code, e.args)
class F(ValueError):
    pass
try:
    raise F("bad")
except ValueError as e:
    print(type(e).__name__, isinstance(e, F), isinstance(e, Exception), e.args)
try:
    raise KeyError("k")
except KeyError as e:
    print(str(e), repr(e))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
except TypeError as e:
    print("chained", e)
raise E(7)
