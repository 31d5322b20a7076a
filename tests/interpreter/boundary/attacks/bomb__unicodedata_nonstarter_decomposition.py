# Attacks: normalize('NFD') of U+0F73 repeated: each is a class-0 character whose decomposition is two non-starters (129, 130), so the reordered run is the whole text.
# Held: a clean PtcError within the CPU cap.
# expect: error
import unicodedata
s = "\u0f73" * 60000
len(unicodedata.normalize("NFD", s))
