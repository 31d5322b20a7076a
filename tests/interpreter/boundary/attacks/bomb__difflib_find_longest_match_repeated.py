# Attacks: find_longest_match over two 100k-character alternating strings without autojunk,
# 100 times over (each call walks b2j lists of 50k positions per element of a).
# Held: a clean PtcError within the CPU cap.
# expect: error
import difflib
a = "ab" * 50000
b = "ba" * 50000
sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
r = [sm.find_longest_match(0, 100000, 0, 100000) for _ in range(100)]
len(r)
