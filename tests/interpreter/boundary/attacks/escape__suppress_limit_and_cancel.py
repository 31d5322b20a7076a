# Attacks: contextlib.suppress(BaseException) and a program __exit__ returning True around a step-budget exhaustion.
# Held: the limit error is never suppressed: a clean LimitExceeded.
# expect: error
import contextlib
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True
n = 0
while True:
    with contextlib.suppress(BaseException):
        with Swallow():
            while True:
                n += 1
