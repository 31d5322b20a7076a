import copy, json
class K:
    pass
def f(): pass
d = {"k": K, "f": f, "len": len, "int": int, "dumps": json.dumps, "e": ValueError}
c = copy.deepcopy(d)
print(all(c[k] is d[k] for k in d), copy.copy(K) is K, copy.copy(f) is f, copy.deepcopy([K, f])[0] is K)
# expect: None
