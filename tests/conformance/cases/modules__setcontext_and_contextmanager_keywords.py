# decimal.setcontext takes its context by position only; contextlib.contextmanager's parameter is func.
import contextlib
import decimal


def gen():
    yield 1


try:
    decimal.setcontext(context=decimal.Context())
except TypeError as error:
    message = str(error)
with contextlib.contextmanager(func=gen)() as value:
    pass
(message, value)
# expect: ('decimal.setcontext() takes no keyword arguments', 1)
