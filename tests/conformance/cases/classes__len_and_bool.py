class C:
    def __len__(self):
        return 0
(bool(C()), len(C()))
# expect: (False, 0)
