from itertools import chain
isinstance(chain([1]), chain)
# expect: True
