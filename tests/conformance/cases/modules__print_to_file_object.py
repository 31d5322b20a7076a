import io
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
c = Collect()
print(1, "two", sep=", ", end="!", file=c)
s = io.StringIO()
print("x", "y", file=s)
[c.parts, s.getvalue()]
# expect: [['1', ', ', 'two', '!'], 'x y\\n']
