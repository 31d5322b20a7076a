from __future__ import annotations
def f(a: Undefined) -> Missing:
    return a
f(2)
# expect: 2
# expect: 2
