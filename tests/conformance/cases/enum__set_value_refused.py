from enum import Enum
class Color(Enum):
    RED = 1
out = []
for attr in ("value", "name"):
    try:
        setattr(Color.RED, attr, 5)
    except AttributeError as e:
        out.append(str(e))
out
# expect: ["<enum 'Enum'> cannot set attribute 'value'", "<enum 'Enum'> cannot set attribute 'name'"]
