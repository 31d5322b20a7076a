# Attacks: get_close_matches against 26k candidates that all pass the quick filters.
# Held: a clean PtcError within the budget.
# expect: error
import difflib, itertools, operator, string
word = "abcdefghij" * 10
candidates = list(map(operator.add, itertools.repeat(word[:-1], 26_000), string.ascii_uppercase * 1000))
print(difflib.get_close_matches(word, candidates, n=5))
