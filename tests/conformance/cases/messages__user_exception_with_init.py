class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise E(4)
except E as e:
    r = (str(e), e.code, e.args)
r
# expect: ('code 4', 4, ('code 4',))
