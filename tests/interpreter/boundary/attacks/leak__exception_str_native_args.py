# Attacks: str/repr of an exception built from native objects (ImportError/OSError/UnicodeError families).
# Held: no addresses.
out = []
for E in [OSError, ImportError, ModuleNotFoundError, FileNotFoundError, UnicodeError, LookupError, StopIteration]:
    e = E(zip(), iter([]))
    out.append((str(e), repr(e)))
out
