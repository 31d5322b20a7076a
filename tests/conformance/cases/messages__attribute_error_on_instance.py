class C:
    pass
try:
    C().missing
except AttributeError as e:
    r = str(e)
r
# expect: "'C' object has no attribute 'missing'"
