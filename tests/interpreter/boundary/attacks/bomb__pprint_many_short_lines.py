# Attacks: pformat of a text of 150k short lines (and of 300k short words on one long line): the
# printer makes a repr and a chunk per line and per word, in a Python loop, before writing anything.
# Held: a clean PtcError, charged before the loop runs.
# expect: error
import pprint
print(len(pprint.pformat("a\n" * 150_000)))
print(len(pprint.pformat("a " * 300_000, width=60)))
