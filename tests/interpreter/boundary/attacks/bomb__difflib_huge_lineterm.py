# Attacks: unified_diff and context_diff with a 10^6-character lineterm: every header and hunk line
# is a fresh megabyte, each yielded for one step.
# Held: a clean PtcError within the budget.
# expect: error
import difflib
a = list(map("l{}\n".format, range(20_000)))
b = a[:]
b[::10] = map("m{}\n".format, range(2_000))
end = "x" * 999_000
print(sum(map(len, difflib.unified_diff(a, b, lineterm=end))))
print(sum(map(len, difflib.context_diff(a, b, lineterm=end))))
