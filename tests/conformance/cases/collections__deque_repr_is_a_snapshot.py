from collections import deque


class Popper:
    def __repr__(self):
        queue.pop()
        return "P"


queue = deque([Popper(), Popper(), Popper()])
(repr(queue), len(queue))
# expect: ('deque([P, P, P])', 0)
