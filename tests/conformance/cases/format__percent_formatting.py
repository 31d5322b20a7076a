("%s has %d items (%.1f%%)" % ("cart", 3, 42.15), "%5s|%-5s|" % ("a", "b"), "%x %o %e" % (255, 8, 12345.678))
# expect: ('cart has 3 items (42.1%)', '    a|b    |', 'ff 10 1.234568e+04')
