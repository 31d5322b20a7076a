# Attacks: isinstance with a classinfo tuple nested as a DAG (`t = (t, t)` 150 times): CPython walks
# every path, 2**150 classes, in one builtin call charged one step; and a 100,000-class tuple in a loop.
# Held: a clean PtcError (the classinfo weighed and charged a step per class reached).
# expect: error
t = (str,)
for i in range(150):
    t = (t, t)
u = (str,) * 100_000
while True:
    isinstance(1, u)
    issubclass(int, u)
    isinstance(1, t)
