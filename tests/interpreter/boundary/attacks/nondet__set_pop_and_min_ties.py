# Attacks: set.pop() and min/max with key ties over sets of strings.
# Held: identical across hash seeds.
s = {"one", "two", "three", "four", "five", "six"}
t = set(s)
popped = [t.pop() for _ in range(3)]
[popped, min(s, key=len), max(s, key=len), next(iter(s | {"seven"}))]
