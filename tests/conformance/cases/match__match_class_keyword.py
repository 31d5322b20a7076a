class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
match Pt(1, 5):
    case Pt(x=1, y=yy):
        r = yy
r
# expect: 5
