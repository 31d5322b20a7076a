import json
from enum import Enum, IntEnum, StrEnum
class Level(IntEnum):
    DEBUG = 10
class Kind(StrEnum):
    A = "a"
class Status(str, Enum):
    OPEN = "open"
json.dumps({"level": Level.DEBUG, "kind": Kind.A, "status": Status.OPEN, "all": list(Level)})
# expect: '{"level": 10, "kind": "a", "status": "open", "all": [10]}'
