# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
trace = []
def step(name, fail=False):
    trace.append(f"enter {name}")
    try:
        if fail:
            raise RuntimeError(name)
        return name.upper()
    except RuntimeError as e:
        trace.append(f"caught {e}")
        return "recovered"
    else:
        trace.append("else never here since return in try")
    finally:
        trace.append(f"finally {name}")

def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out

def finally_overrides():
    try:
        return "try"
    finally:
        trace.append("override?")

def else_runs():
    try:
        x = 1
    except Exception:
        x = 2
    else:
        x = 3
    finally:
        trace.append(f"x={x}")
    return x

print(step("a"), step("b", fail=True), loop_with_finally(), finally_overrides(), else_runs())
trace
