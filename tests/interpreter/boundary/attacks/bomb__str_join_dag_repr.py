# Attacks: str() of a DAG list inside an f-string.
# Held: a clean PtcError.
x = [1]
for _ in range(40):
    x = [x, x]
f"{x!r:.10}"
