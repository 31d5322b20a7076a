# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
rows = []
for uid in range(1, 8):
    u = await get_user(uid)
    rows.append((u["name"], u["team"], u["score"], u["score"] / 101))
widths = [max(len(str(r[i])) for r in rows) for i in range(2)]
header = "{:<{w0}} | {:^{w1}} | {:>5} | {:>7}".format("name", "team", "score", "pct", w0=widths[0], w1=widths[1])
print(header)
print("-" * len(header))
for name, team, score, pct in rows:
    print("{0:<{w0}} | {1:^{w1}} | {2:>5d} | {3:>7.2%}".format(name, team, score, pct, w0=widths[0], w1=widths[1]))
point = {"x": 3, "y": -4}
print("{p[x]},{p[y]}".format(p=point), "{0[1]} {0[0]}".format(("a", "b")), "{:*^11}".format("mid"), "{:+08.3f}".format(-3.14159))
print("{!r} {!s:>6} {:>6}".format("q", "s", "t"), "{{literal}} {}".format(1), "{:,}".format(-1234567), "{:#b} {:#o} {:#X}".format(5, 8, 255))
print(format(1234.5678, ".2f"), format(42, "08b"), format("left", "<10") + "|", format(0.000001234, ".3"), format(123456789, ".2e"))
print(f"{'nested':{'>'}{12}}", f"{3.0:g}", f"{1e-10:g}", f"{100000000.0:g}", f"{1.5e300:.2g}", f"{2**70:,}", f"{-0.0:.1f}")
print("%-8s|%8.3f|%+d|% d" % ("left", 2.5, 5, 7), "%5.1f%%" % 99.44, "%s and %s" % ("a", [1, 2]), "%r" % {"k": (1,)})
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        return f"{self.c:{spec or '.1f'}}°C"
print(f"{Temp(21.456)}", f"{Temp(21.456):.3f}", "{:>4}".format(Temp(3)), "{0.c}".format(Temp(5)))
[f"{v:>{w}}" for v, w in [("a", 3), ("bb", 4)]]
