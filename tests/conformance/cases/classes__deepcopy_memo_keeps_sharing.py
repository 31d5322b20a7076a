import copy
class Box:
    def __init__(self, items):
        self.items = items
    def __deepcopy__(self, memo):
        return Box(copy.deepcopy(self.items, memo))
shared = [1, 2]
a = copy.deepcopy([shared, Box(shared)])
(a[0] is a[1].items, a[0] is shared, type({}).__name__)
# expect: (True, False, 'dict')
