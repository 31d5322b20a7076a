# Attacks: textwrap.wrap of a long run of leading whitespace at width 1: CPython's _wrap_chunks slices the remaining chunk once per (dropped) line while no line has started, quadratic in the run.
# Held: a clean PtcError within the CPU cap.
# expect: error
import textwrap
textwrap.wrap(" " * 400000, 1)
