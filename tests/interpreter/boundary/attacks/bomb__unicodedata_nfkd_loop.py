# Attacks: normalize('NFKD') of the character with the largest expansion (U+FDFA, 18 characters) in a loop.
# Held: a clean PtcError or a result within budget.
import unicodedata
s = "\ufdfa" * 55000
n = 0
for _ in range(50):
    n += len(unicodedata.normalize("NFKD", s))
n
