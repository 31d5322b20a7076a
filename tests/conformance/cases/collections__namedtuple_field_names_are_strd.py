from collections import namedtuple
class Name:
    def __init__(self, text):
        self.text = text
    def __str__(self):
        return self.text
Pair = namedtuple("Pair", [Name("left"), Name("right")])
try:
    namedtuple("Bad", ["ok", 7])
except ValueError as e:
    err = str(e)
[Pair._fields, Pair(1, 2).right, err]
# expect: [('left', 'right'), 2, "Type names and field names must be valid identifiers: '7'"]
