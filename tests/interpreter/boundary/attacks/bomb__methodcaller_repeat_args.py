# Attacks: operator.methodcaller with a huge argument (str.join over a big list) called in a loop: the method charges its own work.
# Held: a clean PtcError.
# expect: error
import operator
m = operator.methodcaller("join", ["x"] * 100000)
while True:
    m(",")
