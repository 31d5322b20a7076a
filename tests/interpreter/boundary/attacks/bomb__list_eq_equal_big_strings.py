# Attacks: list equality of 100k distinct-but-equal 1M-char strings.
# Held: a clean PtcError or quick result.
a = "x" * 999_999 + "y"
b = "x" * 999_999 + "y"
[a] * 100_000 == [b] * 100_000
