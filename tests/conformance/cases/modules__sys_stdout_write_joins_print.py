import sys
n = sys.stdout.write("a")
print("b")
print("c", "d", sep="+", file=sys.stdout)
sys.stdout.flush()
n
# expect: 1
