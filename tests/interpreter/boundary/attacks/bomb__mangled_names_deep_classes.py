# Attacks: 150 nested classes each mangling a long private name, in a loop: the mangling pass and
# the names it makes are bounded by the source, the class creations charged.
# Held: the step limit or a value, no uncharged growth.
# expect: error
src_depth = 0
class C0:
    def __init__(self):
        self.__v = "x" * 1000
    def get(self):
        return self.__v
total = 0
for i in range(20000):
    class Inner:
        __count = i
        def __init__(self):
            self.__value = C0().get()
        def size(self):
            return len(self.__value) + Inner.__count
    total += Inner().size()

