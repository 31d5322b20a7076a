z = ["outer"]
try:
    result = [x for x in [1] for y in z for z in [[2]]]
except UnboundLocalError as error:
    message = str(error)
message
# expect: "cannot access local variable 'z' where it is not associated with a value"
