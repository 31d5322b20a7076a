# Attacks: comparisons and `in` whose operands are objects with Python-level dunders (an enum
# member's `==`, a UUID's `==` and `<`, a regex pattern's `==`, a Flag's `in`, a match object's `[]`)
# charged nothing beyond the statement's step: eight of them per statement in a loop ran 4.5-6 times
# the calibration loop's CPU per step. Held: each such comparison, `in` and match subscript costs a step.
import enum, re, uuid
class E(enum.Enum):
    A = 1
class F(enum.Flag):
    A = 1
    B = 2
e = E.A
u = uuid.UUID(int=5)
v = uuid.UUID(int=5)
p = re.compile("a")
q = re.compile("a", re.I)
fa = F.A
fab = F.A | F.B
m = re.match("(a)(b)", "ab")
while True:
    a = e == e and e == e and e == e and e == e and e == e and e == e and e == e and e == e
    b = u == v and u == v and u == v and u == v and u == v and u == v and u == v and u == v
    c = u < v or u < v or u < v or u < v or u < v or u < v or u < v or u < v
    d = p == q or p == q or p == q or p == q or p == q or p == q or p == q or p == q
    g = fa not in fab or fa not in fab or fa not in fab or fa not in fab or fa not in fab
    h = m[1] + m[1] + m[1] + m[1] + m[1] + m[1] + m[1] + m[1]
