def make():
    calls = []
    def f(x):
        calls.append(x)
        return len(calls)
    return f
f = make()
[f(i) for i in range(3)]
# expect: [1, 2, 3]
