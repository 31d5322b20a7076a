# Attacks: contextlib.closing over a program object whose close is async (returns a coroutine never awaited) or a generator function.
# Held: a clean result; the coroutine never runs after return.
import contextlib
class A:
    async def close(self):
        try:
            print("close body")
        finally:
            print("close finally")
class G:
    def close(self):
        try:
            yield 1
        finally:
            print("gen finally")
with contextlib.closing(A()):
    pass
with contextlib.closing(G()):
    pass
"done"
