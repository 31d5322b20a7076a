class Vault:
    def __init__(self):
        self.__secret = 42
v = Vault()
names = [n for n in ("_Vault__secret", "__secret", "_secret") if hasattr(v, n)]
(names, getattr(v, "_Vault__secret"))
# expect: (['_Vault__secret'], 42)
