class Box:
    pass
try:
    Box.size
except AttributeError as e:
    r = str(e)
r
# expect: "type object 'Box' has no attribute 'size'"
