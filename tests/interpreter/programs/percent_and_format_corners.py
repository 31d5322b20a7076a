# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
vals = [0, 1, -1, 3.5, -2.25, 1e10, 12345.6789, 255]
for v in vals:
    print("%6.2f|%-8g|%+e|%08.3f|%s|%r" % (v, v, v, v, v, v))
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%#x|%#o" % (42, 42, 42, 42, 42, 255, 255, 8, 255, 8))
print("%c%c%c" % (72, "i", 33), "%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%s" % ((1, 2),), "%s %s" % (1, 2))
print("%(a)s-%(b)05.1f-%(a)r" % {"a": "x", "b": 3.14159}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 3.14159))
print("{:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5), "{:.2f}".format(2.675), "{:.1f}".format(0.05), "{:.3}".format(3.14159), "{:10.4}".format("abcdefgh"))
print("{:08.2f} {:<08d} {:^+9.1f} {:=+8d}".format(-3.14159, 42, 2.5, -7), "{:,d} {:_x} {:,.3f}".format(10**9, 0xFFFFFF, 1234.56789))
print("{0!r:^12}|{0!s:^12}|{1:*>5}".format("hi", 7), "{:c}".format(9731), "{:e}".format(0), "{:g}".format(1e16), "{:G}".format(1e-20))
print("{:%}".format(0.25), "{:.0%}".format(0.125), "{:.1%}".format(1), "{:n}".format(1234567), "{:#.3g}".format(1), "{:.2e}".format(-0.0))
print(f"{12345:>10,}", f"{-12345:<10,}|", f"{0.1:.20f}", f"{1/7:.15g}", f"{2**53 + 1}", f"{float(2**53 + 1)}", f"{1e23}", f"{123e-20}")
print(f"{True}", f"{True:d}", f"{True:>5}", f"{None!s:>6}", f"{3:{'0'}{'5'}}", f"{'x':{'^'}{7}}", f"{4.0:.{1}f}", f"{7:{3}}")
fields = {"name": "Widget", "price": 9.5, "tags": ["a", "b"]}
print("{name:>10} costs {price:6.2f} {tags[1]} {tags!r}".format(**fields), "{0[name]:.3} {0[price]:+}".format(fields))
print("{:>{width}.{prec}f}|".format(3.14159, width=10, prec=3), "{:{fill}{align}{w}}".format("c", fill="~", align="^", w=7))
"%s%%" % 50, "%.2f%%" % 12.345, "%5s%%|" % "ab", "%-6.2s|" % "abcdef"
