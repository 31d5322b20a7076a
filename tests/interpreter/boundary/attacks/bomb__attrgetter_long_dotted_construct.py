# Attacks: operator.attrgetter is declared CONSTANT, but its constructor splits a dotted name and checks every part in Python: a 1,000,000-character dotted name, constructed in a loop.
# Held: a clean PtcError within the CPU cap.
# expect: error
import operator
name = "a." * 499999 + "a"
while True:
    operator.attrgetter(name)
