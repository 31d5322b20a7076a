from contextlib import contextmanager
log = []
@contextmanager
def tag():
    log.append('open')
    yield 5
    log.append('close')
with tag() as v:
    log.append(v)
log
# expect: ['open', 5, 'close']
# expect: ['open', 5, 'close']
