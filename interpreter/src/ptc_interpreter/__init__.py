"""A deterministic, sandboxed async Python interpreter for model-written programs."""
