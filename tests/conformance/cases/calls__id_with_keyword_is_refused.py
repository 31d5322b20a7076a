try:
    id(obj=[])
    r = "bound"
except TypeError as e:
    r = str(e)
r
# expect: 'id() takes no keyword arguments'
