from enum import Enum
class Label(Enum):
    A = ("a", "Alpha")
    B = ("b", "Beta")
    def __init__(self, code, title):
        self.code = code
        self.title = title
    @classmethod
    def by_code(cls, code):
        return next(m for m in cls if m.code == code)
(repr(Label.by_code("b")), Label.B.title, Label(("a", "Alpha")) is Label.A, Label.A.value)
# expect: ("<Label.B: ('b', 'Beta')>", 'Beta', True, ('a', 'Alpha'))
