v = "global"
class C:
    v = "class"
    def get(self):
        return v
C().get()
# expect: 'global'
