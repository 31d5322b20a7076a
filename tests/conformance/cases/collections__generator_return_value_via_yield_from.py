def inner():
    yield 1
    return "done"
def outer():
    r = yield from inner()
    yield r
list(outer())
# expect: [1, 'done']
