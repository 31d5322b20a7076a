# Attacks: forbidden imports inside try/except ImportError (allowed to fail at run time): the error's attributes, import of builtins/importlib/sys internals.
# Held: each import fails with ImportError; nothing host reachable.
out = []
for attempt in range(1):
    try:
        import os
    except ImportError as e:
        out.append((str(e), getattr(e, "name", None), getattr(e, "path", None)))
    try:
        import builtins
        out.append(repr(builtins))
    except ImportError as e:
        out.append(str(e))
    try:
        from sys import modules
    except ImportError as e:
        out.append(str(e))
    try:
        from importlib import import_module
    except ImportError as e:
        out.append(str(e))
    try:
        import ptc_interpreter
    except ImportError as e:
        out.append("refused" if "No module named" in str(e) else "other")
    try:
        from urllib import request
    except ImportError as e:
        out.append(str(e))
out
