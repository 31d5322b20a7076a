try:
    items = (*3.5, 1)
except TypeError as error:
    message = str(error)
message
# expect: 'Value after * must be an iterable, not float'
