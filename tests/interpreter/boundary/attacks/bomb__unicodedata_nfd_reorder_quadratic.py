# Attacks: unicodedata.normalize('NFD') of a long run of combining marks in reverse canonical order: CPython's canonical reordering is an insertion sort, quadratic in the run (charged by length only).
# Held: a clean PtcError within the CPU cap.
# expect: error
import unicodedata
s = "\u0301" * 60000 + "\u0316" * 60000
len(unicodedata.normalize("NFD", s))
