# Attacks: recursion through dunders the host calls natively (__eq__ from list ==, __lt__ from sorted,
# __hash__ from a dict, __repr__ from repr, __len__ from len), each caught and retried.
# Held: each a catchable RecursionError (or a clean PtcError), never a host crash.
class Loop:
    def __eq__(self, o):
        return [self] == [o]
    def __lt__(self, o):
        return sorted([self, o])[0] is self
    def __hash__(self):
        return hash({self: 1}) 
    def __repr__(self):
        return repr([self])
    def __len__(self):
        return len(self)
out = []
for attempt in (lambda: Loop() == Loop(), lambda: Loop() < Loop(), lambda: hash(Loop()), lambda: repr(Loop()), lambda: len(Loop())):
    for _ in range(3):
        try:
            attempt()
            out.append("ran")
        except RecursionError:
            out.append("RecursionError")
        except TypeError as e:
            out.append("TypeError")
out
