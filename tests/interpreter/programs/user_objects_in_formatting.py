# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
class Ticket:
    def __init__(self, tid, title, prio):
        self.tid, self.title, self.prio = tid, title, prio
    def __str__(self):
        return f"#{self.tid} {self.title}"
    def __repr__(self):
        return f"Ticket({self.tid!r}, {self.title!r}, prio={self.prio})"
    def __eq__(self, other):
        return isinstance(other, Ticket) and self.tid == other.tid
    def __hash__(self):
        return hash(self.tid)
    def __lt__(self, other):
        return (self.prio, self.tid) < (other.prio, other.tid)

class Plain:
    pass

ts = [Ticket(3, "disk full", 1), Ticket(1, "login bug", 2), Ticket(2, "typo", 3), Ticket(3, "dup", 9)]
print(ts[0], [ts[0]], (ts[1],), {ts[2]: "x"}, "%s | %r" % (ts[0], ts[0]), "{} {!r} {t.title}".format(ts[1], ts[1], t=ts[2]))
print(f"{ts[0]} {ts[0]!r} {ts[0]!s:>20}|{str(ts[1]):<15}|", str(ts), sorted(ts)[0], min(ts), max(ts))
print(len(set(ts)), ts[0] == ts[3], ts[0] != ts[1], ts[0] in [Ticket(3, "", 0)], ts.index(Ticket(2, "", 0)), ts.count(Ticket(3, "", 0)))
p = Plain()
p.value = 5
print(type(p).__name__, p.value, hasattr(p, "other"), getattr(p, "value"), isinstance(p, Plain), isinstance(p, object))
counts = {}
for t in ts:
    counts[t] = counts.get(t, 0) + 1
print({str(k): v for k, v in counts.items()})
class Err(Exception):
    def __str__(self):
        return "custom message"
try:
    raise Err("ignored")
except Err as e:
    print(e, repr(e), e.args, f"{e}", "%s" % e, str(e) == "custom message")
class Wrapped(ValueError):
    pass
try:
    raise Wrapped("bad", 42)
except ValueError as e:
    print(e, repr(e), e.args, type(e).__name__, isinstance(e, Wrapped))
[str(t) for t in sorted(ts, reverse=True)]
