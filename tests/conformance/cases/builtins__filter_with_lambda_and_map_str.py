list(map(str, filter(lambda n: n % 2, range(6))))
# expect: ['1', '3', '5']
