class Vault:
    def __init__(self):
        self.__secret = 42
v = Vault()
out = [n for n in ("_Vault__secret", "__secret", "_secret") if hasattr(v, n)]
try:
    v.__secret
except AttributeError as e:
    out.append(str(e))
setattr(v, "__other", 1)
out.append(v.__other)
v.__third = 3
out.append(getattr(v, "__third"))
try:
    (1).__secret
except AttributeError as e:
    out.append(str(e))
(out, getattr(v, "_Vault__secret"))
# expect: (['_Vault__secret', "'Vault' object has no attribute '__secret'", 1, 3, "'int' object has no attribute '__secret'"], 42)
