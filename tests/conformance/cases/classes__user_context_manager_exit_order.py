log = []
class C:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append(self.n)
    def __exit__(self, *a):
        log.append(-self.n)
with C(1), C(2):
    log.append(0)
log
# expect: [1, 2, 0, -2, -1]
# expect: [1, 2, 0, -2, -1]
