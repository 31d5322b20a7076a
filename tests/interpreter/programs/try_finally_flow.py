# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
log = []

def risky(n):
    try:
        log.append(f"start {n}")
        if n == 0:
            raise ZeroDivisionError("n is zero")
        if n < 0:
            return "negative"
        result = 10 / n
    except ZeroDivisionError as e:
        log.append(f"caught {e}")
        return "zero"
    else:
        log.append("no error")
        return result
    finally:
        log.append(f"finally {n}")

def reraiser():
    try:
        {}["missing"]
    except KeyError:
        log.append("logging then re-raising")
        raise

results = [risky(n) for n in (2, 0, -1)]
try:
    reraiser()
except KeyError as e:
    log.append(f"outer got {e!r}")
try:
    try:
        raise ValueError("inner")
    finally:
        log.append("inner finally")
except (TypeError, ValueError) as e:
    log.append(f"tuple except {type(e).__name__}")
for i in range(3):
    try:
        if i == 1:
            continue
        log.append(f"body {i}")
    finally:
        log.append(f"loop finally {i}")
{"results": results, "log": log}
