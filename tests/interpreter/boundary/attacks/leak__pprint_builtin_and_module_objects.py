# Attacks: pformat/print of pprint's own printer, functions, module and builtins, looking for
# addresses (CPython prints 'object at 0x...') or host class paths.
# Held: no address or host path in the output.
import pprint
pp = pprint.PrettyPrinter(width=1)
print(type(pp), pp, repr(pp))
print(pprint.PrettyPrinter, pprint.pformat, pprint.pp, pprint.saferepr)
print(pprint.pformat(pprint), pprint.pformat(pprint.pformat), pprint.pformat(type(pp)))
print(pprint.pformat([len, print, lambda: 1, object(), type, ValueError("x"), pp, iter([]), range(3)]))
print(pprint.saferepr({1: pp, 2: pprint}), pprint.isreadable(pp), pprint.isrecursive(pp))
