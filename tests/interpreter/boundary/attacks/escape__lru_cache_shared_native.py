# Attacks: functools.cache/lru_cache wrapping shared builtins, then reading cache_info across runs.
# Held: per-run only.
import functools, math
c = functools.lru_cache(maxsize=None)(math.sqrt)
[c(4.0), c(4.0), str(c.cache_info()) if hasattr(c, "cache_info") else "none"]
