# Attacks: textwrap.fill of tabs that expand to 480,000 spaces at width 1 (tabs are charged by their expansion, the quadratic slicing is not).
# Held: a clean PtcError within the CPU cap.
# expect: error
import textwrap
len(textwrap.fill("\t" * 60000, 1))
