# Attacks: list.count of an equal (not identical) 1M-char string over 100k entries.
# Held: a clean PtcError.
a = "x" * 999_999 + "y"
b = "x" * 999_999 + "y"
([a] * 100_000).count(b)
