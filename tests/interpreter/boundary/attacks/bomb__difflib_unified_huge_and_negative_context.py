# Attacks: unified_diff with n=10**18 context lines and context_diff with a negative n over a
# 1000-line shuffled diff.
# Held: a clean PtcError or a result, within the CPU cap.
import difflib
a = ["line %d\n" % i for i in range(1000)]
b = ["line %d\n" % (i * 7 % 1000) for i in range(1000)]
out = list(difflib.unified_diff(a, b, n=10**18))
out2 = list(difflib.context_diff(a, b, n=-5))
len(out), len(out2)
