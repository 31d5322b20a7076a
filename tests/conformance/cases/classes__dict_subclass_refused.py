class Default(dict):
    def __missing__(self, key):
        return 0
Default()["x"]
# expect: 0
