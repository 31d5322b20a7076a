(list[int]("ab"), tuple[int, int]([1, 2]), dict[str, int](a=1), set[int]([1]))
# expect: (['a', 'b'], (1, 2), {'a': 1}, {1})
