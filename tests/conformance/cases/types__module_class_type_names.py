import functools
import itertools
import random

[str(type(value)) for value in (itertools.pairwise([1]), functools.partial(len), random.Random(1))]
# expect: ["<class 'itertools.pairwise'>", "<class 'functools.partial'>", "<class 'random.Random'>"]
