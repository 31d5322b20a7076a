# Attacks: textwrap.shorten of a 1,000,000-character word to width 10 (max_lines=1 ends the wrap after one line).
# Held: a result within budget.
import textwrap
textwrap.shorten("a" * 1000000, 10, placeholder="..")
