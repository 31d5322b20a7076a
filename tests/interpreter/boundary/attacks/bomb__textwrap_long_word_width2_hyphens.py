# Attacks: textwrap.wrap of a long hyphen-free word at width 2 with break_on_hyphens (rfind per line) and a long initial indent.
# Held: a clean PtcError within the CPU cap.
# expect: error
import textwrap
len(textwrap.wrap("b" * 560000, 2, initial_indent="", break_on_hyphens=True))
