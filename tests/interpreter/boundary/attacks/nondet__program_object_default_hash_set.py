# Attacks: sets of program instances / functions: order and repr.
# Held: identical across processes.
class A:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"A{self.n}"
s = {A(i) for i in range(10)}
fs = {(lambda: i) for i in range(5)}
[str(s), len(fs), [x.n for x in s]]
