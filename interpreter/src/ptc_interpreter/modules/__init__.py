"""Deterministic module shims: the only modules a program can import."""
