a = [1]
a.append(a)
repr(a)
# expect: '[1, [...]]'
