# Attacks: unicodedata.normalize('NFC') of a base letter followed by combining marks of descending class (NFC decomposes and reorders first).
# Held: a clean PtcError within the CPU cap.
# expect: error
import unicodedata
s = "a" + "\u0301\u0316" * 60000
len(unicodedata.normalize("NFC", s))
