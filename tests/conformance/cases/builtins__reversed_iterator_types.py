import collections
values = [[1], (1,), "ab", {1: 2}, {1: 2}.keys(), {1: 2}.items(), {1: 2}.values(), collections.deque([1]), collections.OrderedDict(a=1), collections.Counter("a")]
r = reversed([1, 2])
([type(reversed(v)).__name__ for v in values], isinstance(r, reversed), isinstance(reversed((1,)), reversed), list(r), list(reversed({1: 2, 3: 4}.items())))
# expect: (['list_reverseiterator', 'reversed', 'reversed', 'dict_reversekeyiterator', 'dict_reversekeyiterator', 'dict_reverseitemiterator', 'dict_reversevalueiterator', '_deque_reverse_iterator', 'odict_iterator', 'dict_reversekeyiterator'], False, True, [2, 1], [(3, 4), (1, 2)])
