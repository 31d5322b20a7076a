class C:
    def __call__(self):
        return 1
(callable(len), callable(C), callable(C()), callable(1))
# expect: (True, True, True, False)
