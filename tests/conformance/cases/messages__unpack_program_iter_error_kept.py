class Broken:
    def __iter__(self):
        raise TypeError("'Broken' object is not iterable")


try:
    first, second = Broken()
except TypeError as error:
    message = str(error)
message
# expect: "'Broken' object is not iterable"
