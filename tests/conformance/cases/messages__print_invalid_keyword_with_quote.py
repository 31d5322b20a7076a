try:
    print("x", **{"end'": "!"})
except TypeError as error:
    message = str(error)
message
# expect: "'end'' is an invalid keyword argument for print()"
