class Box:
    size = 3
try:
    getattr(Box(), name="size")
except TypeError as e:
    r = str(e)
r
# expect: 'getattr() takes no keyword arguments'
