class Box:
    pass
try:
    Box().size
except AttributeError as e:
    r = str(e)
r
# expect: "'Box' object has no attribute 'size'"
