try:
    format("s", "d")
except ValueError as e:
    r = str(e)
r
# expect: "Unknown format code 'd' for object of type 'str'"
