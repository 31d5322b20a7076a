class Sq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
list(Sq())
# expect: [0, 1, 4, 9]
