# Attacks: `print(*values, file=stream)` writes each value and separator through the stream's `write`
# one by one, calls the interpreter makes for the program uncharged: a 1,000-value print of empty
# strings to sys.stderr in a loop ran 23 times the calibration loop. Held: a step per value.
import sys
L = [""] * 1000
while True:
    print(*L, sep="", end="", file=sys.stderr)
