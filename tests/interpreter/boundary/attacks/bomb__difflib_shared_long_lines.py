# Attacks: one 10^6-character line referenced 100k times on both sides: hashing and comparing the
# references is free in C but the diff copies the line into every output line.
# Held: a clean PtcError within the budget.
# expect: error
import difflib
line = "x" * 999_999
a = [line] * 100_000
b = [line] * 99_999 + ["y"]
print(sum(map(len, difflib.ndiff(a, b))))
