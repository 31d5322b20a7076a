try:
    items = {*4}
except TypeError as error:
    message = str(error)
message
# expect: "'int' object is not iterable"
