from contextlib import suppress
with suppress(ValueError):
    int('x')
'after'
# expect: 'after'
# expect: 'after'
