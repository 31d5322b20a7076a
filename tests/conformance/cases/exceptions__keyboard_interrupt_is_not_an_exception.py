seen = []
try:
    try:
        raise KeyboardInterrupt("stop")
    except Exception:
        seen.append("Exception")
except BaseException as e:
    seen.append((type(e).__name__, str(e), isinstance(e, Exception), repr(type(e))))
seen
# expect: [('KeyboardInterrupt', 'stop', False, "<class 'KeyboardInterrupt'>")]
