xs = list(range(5))
xs[slice(1, 3)] = ['a']
xs
# expect: [0, 'a', 3, 4]
# expect: [0, 'a', 3, 4]
