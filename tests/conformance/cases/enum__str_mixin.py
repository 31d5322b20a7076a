from enum import Enum
class Status(str, Enum):
    OPEN = "open"
    CLOSED = "closed"
repr((str(Status.OPEN), repr(Status.OPEN), f"{Status.OPEN}", Status.OPEN == "open", Status("closed"), Status.OPEN.upper(), isinstance(Status.OPEN, str)))
# expect: '(\\'Status.OPEN\\', "<Status.OPEN: \\'open\\'>", \\'Status.OPEN\\', True, <Status.CLOSED: \\'closed\\'>, \\'OPEN\\', True)'
