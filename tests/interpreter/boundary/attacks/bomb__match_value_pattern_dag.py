# Attacks: a value pattern (`case ns.b:`) compares the subject natively with `==`, without the
# weighing the program's `==` gets: two equal DAG-shaped lists (`x = [x] * 10` twelve times).
# Held: the value pattern compares with the program's charged `==`.
import types
def dag():
    x = [1]
    for i in range(12):
        x = [x] * 10
    return x
ns = types.SimpleNamespace(b=dag())
a = dag()
match a:
    case ns.b:
        print("equal")
