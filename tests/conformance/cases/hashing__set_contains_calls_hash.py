calls = []
class K:
    def __hash__(self):
        calls.append(1)
        return 1
    def __eq__(self, other):
        return True
s = {K()}
K() in s
len(calls)
# expect: 2
