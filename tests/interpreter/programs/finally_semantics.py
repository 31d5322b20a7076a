# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    e
    r = "still bound"
except NameError:
    r = "unbound"

def f():
    try:
        return "try"
    finally:
        return "finally"
def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            pass
    return i
def h():
    try:
        raise ValueError("a")
    finally:
        x = "cleanup"
[r, f(), g()]
