"""Builtin functions the program can call, one module per family."""
