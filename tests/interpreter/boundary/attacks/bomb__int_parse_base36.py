# Attacks: int() of a long base-36 string (quadratic conversion, not covered by the decimal digit limit).
# Held: a clean PtcError quickly.
int("z" * 999_999, 36) > 0
