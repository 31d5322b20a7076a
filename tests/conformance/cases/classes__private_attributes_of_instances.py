class Stack:
    def __init__(self):
        self._items = []
    def _check(self):
        if not self._items:
            raise IndexError("pop from empty stack")
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        self._check()
        return self._items.pop()
    @property
    def size(self):
        return len(self._items)
s = Stack().push(1).push(2)
out = [s.pop(), s.size, s._items]
try:
    Stack().pop()
except IndexError as e:
    out.append(str(e))
out
# expect: [2, 1, [1], 'pop from empty stack']
