import difflib
words = ["apple", "ape", "peach", "puppy", "apply", "maple"]
(difflib.get_close_matches("appel", words), difflib.get_close_matches("appel", words, n=1), difflib.get_close_matches("zzz", words))
# expect: (['apply', 'apple', 'ape'], ['apply'], [])
