total = 0
messages = []
for operand in ["a", None]:
    try:
        total += operand
    except TypeError as error:
        messages.append(str(error))
count = 2
try:
    count **= "x"
except TypeError as error:
    messages.append(str(error))
messages
# expect: ["unsupported operand type(s) for +=: 'int' and 'str'", "unsupported operand type(s) for +=: 'int' and 'NoneType'", "unsupported operand type(s) for **=: 'int' and 'str'"]
