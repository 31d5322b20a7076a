def greet():
    return "hi"


try:
    greet(**{"it's": 1})
except TypeError as error:
    message = str(error)
message
# expect: "greet() got an unexpected keyword argument 'it's'"
