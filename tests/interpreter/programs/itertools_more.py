# type: ignore  (for pyright: a model-written program; tools are free names, await is top-level)
import itertools

prices = [3, 5, 2, 8, 9, 1, 7]
rising = list(itertools.takewhile(lambda p: p < 8, prices))
after = list(itertools.dropwhile(lambda p: p < 8, prices))
pairs = list(itertools.pairwise(prices))
products = list(itertools.starmap(lambda a, b: a * b, pairs))
compressed = list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1]))
filtered = list(itertools.filterfalse(lambda p: p % 2, prices))
combos = [c for c in itertools.combinations_with_replacement("xy", 2)]
a, b = itertools.tee([1, 2, 3])
{"rising": rising, "after": after, "pairs": pairs, "products": products, "compressed": compressed, "filtered": filtered, "combos": combos, "tee": (list(a), list(b))}
