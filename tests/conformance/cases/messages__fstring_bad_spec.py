x = 3.5
try:
    f"{x:q}"
except ValueError as e:
    r = str(e)
r
# expect: "Unknown format code 'q' for object of type 'float'"
