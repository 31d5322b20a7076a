(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, "", "a"])))
# expect: ([11, 22], [1, 'a'])
