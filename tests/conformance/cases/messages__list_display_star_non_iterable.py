try:
    items = [1, *5]
except TypeError as error:
    message = str(error)
message
# expect: 'Value after * must be an iterable, not int'
