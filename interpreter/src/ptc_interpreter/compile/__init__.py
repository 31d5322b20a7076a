"""Compile: the checked `ast` tree to closures, once per run; no bytecode is ever produced."""
