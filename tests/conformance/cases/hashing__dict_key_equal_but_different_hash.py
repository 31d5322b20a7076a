class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 12345
    def __eq__(self, other):
        return self.v == other
d = {"q": 1}
K("q") in d
# expect: False
