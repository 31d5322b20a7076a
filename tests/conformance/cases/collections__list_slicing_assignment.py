xs = list(range(6))
xs[1:3] = ["a", "b", "c"]
del xs[::2]
xs[::-1]
# expect: [4, 'c', 'a']
