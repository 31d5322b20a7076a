class Manager:
    def __init__(self, value, suppress):
        self.value = value
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return self.value
    def __exit__(self, kind, error, tb):
        print("exit", kind.__name__ if kind else None, error)
        return self.suppress
with Manager(5, True) as (a, b):
    print("body")
with Manager([1, 2, 3], True) as (a, b):
    print("body")
try:
    with Manager([1], False) as (a, b):
        print("body")
except ValueError as e:
    print("raised", e)
with Manager((1, 2), False) as (a, b), Manager(7, True) as [c, d]:
    print("body")
a, b
# expect: (1, 2)
