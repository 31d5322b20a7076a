import contextlib
out = []
@contextlib.contextmanager
def cm():
    yield 1
for make in (lambda: contextlib.suppress(ValueError), lambda: contextlib.nullcontext(5), lambda: contextlib.closing(None), cm):
    try:
        async with make() as v:
            out.append(v)
    except TypeError as e:
        out.append(str(e))
out
# expect: ["'suppress' object does not support the asynchronous context manager protocol", 5, "'closing' object does not support the asynchronous context manager protocol", "'_GeneratorContextManager' object does not support the asynchronous context manager protocol"]
