# Attacks: re.sub with an empty pattern and a long replacement (output 1000x the input).
# Held: a clean PtcError.
import re
len(re.sub("", "y" * 1000, "a" * 900_000))
