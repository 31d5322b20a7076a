# Attacks: unicodedata.lookup with a very long name, in a loop.
# Held: a clean PtcError or result within budget.
import unicodedata
name = "LATIN SMALL LETTER A" + " X" * 400000
n = 0
for _ in range(100):
    try:
        unicodedata.lookup(name)
    except KeyError:
        n += 1
n
