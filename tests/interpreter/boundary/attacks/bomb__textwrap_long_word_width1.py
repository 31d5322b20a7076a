# Attacks: textwrap.wrap of one 560,000-character word (under the indent-size check) at width 1: _handle_long_word copies the rest of the word for every line (n^2/2 characters copied).
# Held: a clean PtcError within the CPU cap.
# expect: error
import textwrap
len(textwrap.wrap("a" * 560000, 1))
