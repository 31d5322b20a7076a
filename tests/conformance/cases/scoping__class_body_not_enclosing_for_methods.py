class C:
    v = 3
    def get(self):
        return v
C().get()
# expect: raises NameError: name 'v' is not defined
