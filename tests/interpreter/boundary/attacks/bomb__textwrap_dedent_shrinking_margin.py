# Attacks: textwrap.dedent where every line shortens the common margin by one (a Python loop over the margin per line).
# Held: a result or clean PtcError within the CPU cap.
import textwrap
lines = [" " * (1300 - i) + "\t" + "x" for i in range(1300)]
len(textwrap.dedent("\n".join(lines)))
