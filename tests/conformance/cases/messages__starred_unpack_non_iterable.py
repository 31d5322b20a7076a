try:
    first, *rest = None
except TypeError as error:
    message = str(error)
message
# expect: 'cannot unpack non-iterable NoneType object'
