from enum import IntEnum
class Code(IntEnum):
    OK = 200
    MISSING = 404
def kind(c):
    match c:
        case 200:
            return "ok"
        case Code.MISSING:
            return "missing"
    return "?"
[kind(Code.OK), kind(404), kind(Code.MISSING)]
# expect: ['ok', 'missing', 'missing']
