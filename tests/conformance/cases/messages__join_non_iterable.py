try:
    ", ".join(42)
except TypeError as error:
    message = str(error)
message
# expect: 'can only join an iterable'
