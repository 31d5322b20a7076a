# Attacks: a @contextmanager generator that catches BaseException around its yield and yields again / loops when the body hits the step limit.
# Held: a clean LimitExceeded; the generator's except never runs program code after the limit.
# expect: error
import contextlib
@contextlib.contextmanager
def stubborn():
    while True:
        try:
            yield
        except BaseException:
            print("caught")
            continue
with stubborn():
    while True:
        pass
