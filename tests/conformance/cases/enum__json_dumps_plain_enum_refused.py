import json
from enum import Enum
class Color(Enum):
    RED = 1
try:
    json.dumps(Color.RED)
except TypeError as e:
    r = str(e)
r
# expect: 'Object of type Color is not JSON serializable'
