# Attacks: is_normalized on a reverse-ordered combining run (quick check vs full normalization).
# Held: a clean PtcError or a result within the CPU cap.
import unicodedata
s = "a" + "\u0301" * 60000 + "\u0316" * 60000
[unicodedata.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
