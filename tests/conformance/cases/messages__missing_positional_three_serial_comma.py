def area(width, height, depth):
    return width * height * depth


try:
    area()
except TypeError as error:
    message = str(error)
message
# expect: "area() missing 3 required positional arguments: 'width', 'height', and 'depth'"
