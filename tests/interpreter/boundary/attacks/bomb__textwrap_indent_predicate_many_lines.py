# Attacks: textwrap.indent with a program predicate over 200,000 lines.
# Held: a clean PtcError (step budget) within the CPU cap.
# expect: error
import textwrap
s = "x\n" * 200000
len(textwrap.indent(s, "> ", lambda line: True))
