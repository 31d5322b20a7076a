try:
    a, b = 7
except TypeError as error:
    message = str(error)
message
# expect: 'cannot unpack non-iterable int object'
