# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
def f():
    print(undefined_later)
undefined_later = "defined later"
f()
def g():
    try:
        print(local_before)
    except NameError as e:
        print(type(e).__name__, e)
    local_before = 1
g()
