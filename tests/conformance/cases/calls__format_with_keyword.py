try:
    format(value=3.5)
    r = "bound"
except TypeError as e:
    r = str(e)
r
# expect: 'format() takes no keyword arguments'
