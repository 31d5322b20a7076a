# Attacks: pformat with a huge indent: each laid-out level builds the indent as a string of spaces
# (and a ",\n" + indent delimiter) before anything is written: 10^12 spaces per level.
# Held: a clean PtcError (max_string_length), memory stays small.
# expect: error
import pprint
print(len(pprint.pformat([list(range(30))] * 3, indent=2**40)))
