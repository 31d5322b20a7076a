# Attacks: sorted() with a key itemgetter of 5,000 items over 2,000 rows: each key is a 5,000-element tuple built uncharged.
# Held: a clean PtcError within the CPU cap.
# expect: error
import operator
row = list(range(5000))
rows = [row] * 2000
g = operator.itemgetter(*range(5000))
while True:
    sorted(rows, key=g)
