import base64, functools, heapq, itertools, operator
class Seq:
    def __getitem__(self, i):
        return i
class SeqAdd:
    def __getitem__(self, i):
        return i
    def __add__(self, other):
        return "added"
out = []
for call in [
    lambda: operator.concat(None, None), lambda: operator.concat(None, "x"), lambda: operator.concat([1], (2,)),
    lambda: operator.concat("a", 1), lambda: operator.concat(range(1), [1]), lambda: operator.concat(Seq(), [1]),
    lambda: operator.concat(SeqAdd(), [1]), lambda: operator.concat(SeqAdd(), 1), lambda: operator.concat({}, {}),
    lambda: operator.contains(None, 1), lambda: operator.contains(5, 1), lambda: 1 in None, lambda: "a" in 1.5,
    lambda: functools.reduce(None, None), lambda: functools.reduce(lambda a, b: a, 1), lambda: functools.cache(None),
    lambda: functools.lru_cache(maxsize=3)(5), lambda: heapq.heappush(None, 1), lambda: heapq.heappop("x"),
    lambda: heapq.heapify(None), lambda: heapq.heapreplace((), 1), lambda: heapq.heappushpop(1, 1),
    lambda: itertools.tee(None, None), lambda: itertools.tee("x", "y"), lambda: itertools.tee([1], -1), lambda: itertools.tee(None, 2),
    lambda: base64.b32encode(None), lambda: base64.b85encode("x", None), lambda: base64.b64encode([1]),
    lambda: base64.encodebytes(1), lambda: base64.b16decode(None), lambda: base64.a85encode(1.5),
]:
    try:
        out.append(call())
    except (TypeError, ValueError) as e:
        out.append((type(e).__name__, str(e)))
out
# expect: [('TypeError', "'NoneType' object can't be concatenated"), ('TypeError', "'NoneType' object can't be concatenated"), ('TypeError', 'can only concatenate list (not "tuple") to list'), ('TypeError', 'can only concatenate str (not "int") to str'), ('TypeError', "'range' object can't be concatenated"), ('TypeError', "'Seq' object can't be concatenated"), 'added', ('TypeError', "'SeqAdd' object can't be concatenated"), ('TypeError', "'dict' object can't be concatenated"), ('TypeError', "argument of type 'NoneType' is not iterable"), ('TypeError', "argument of type 'int' is not iterable"), ('TypeError', "argument of type 'NoneType' is not iterable"), ('TypeError', "argument of type 'float' is not iterable"), ('TypeError', 'reduce() arg 2 must support iteration'), ('TypeError', 'reduce() arg 2 must support iteration'), ('TypeError', 'the first argument must be callable'), ('TypeError', 'the first argument must be callable'), ('TypeError', 'heappush() argument 1 must be list, not None'), ('TypeError', 'heappop() argument must be list, not str'), ('TypeError', 'heapify() argument must be list, not None'), ('TypeError', 'heapreplace() argument 1 must be list, not tuple'), ('TypeError', 'heappushpop() argument 1 must be list, not int'), ('TypeError', "'NoneType' object cannot be interpreted as an integer"), ('TypeError', "'str' object cannot be interpreted as an integer"), ('ValueError', 'n must be >= 0'), ('TypeError', "'NoneType' object is not iterable"), ('TypeError', "memoryview: a bytes-like object is required, not 'NoneType'"), ('TypeError', "memoryview: a bytes-like object is required, not 'str'"), ('TypeError', "a bytes-like object is required, not 'list'"), ('TypeError', 'expected bytes-like object, not int'), ('TypeError', "argument should be a bytes-like object or ASCII string, not 'NoneType'"), ('TypeError', "memoryview: a bytes-like object is required, not 'float'")]
