import difflib
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    key: str
    value: int


class Loose:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Loose) and self.name.lower() == other.name.lower()

    def __hash__(self):
        return hash(self.name.lower())


old = [Row("a", 1), Row("b", 2), Row("c", 3), Row("d", 4)]
new = [Row("a", 1), Row("c", 3), Row("b", 2), Row("d", 5)]
s = difflib.SequenceMatcher(None, old, new)
names = difflib.SequenceMatcher(None, [Loose("X"), Loose("y"), Loose("Z")], [Loose("x"), Loose("Y"), Loose("w")])
(s.get_opcodes(), round(s.ratio(), 4), names.get_opcodes(), names.quick_ratio())
# expect: ([('equal', 0, 1, 0, 1), ('insert', 1, 1, 1, 2), ('equal', 1, 2, 2, 3), ('replace', 2, 4, 3, 4)], 0.5, [('equal', 0, 2, 0, 2), ('replace', 2, 3, 2, 3)], 0.6666666666666666)
