try:
    set().remove(1)
except KeyError as e:
    r = repr(e)
r
# expect: 'KeyError(1)'
