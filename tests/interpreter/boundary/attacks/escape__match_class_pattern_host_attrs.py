# Attacks: match class patterns reading host attributes through __match_args__ / keyword patterns.
# Held: no host attribute readable.
import re, json
out = []
match re.I:
    case object(_value_=v, _name_=n):
        out.append((v, n))
    case _:
        out.append("no")
try:
    json.loads("[")
except json.JSONDecodeError as e:
    match e:
        case json.JSONDecodeError(msg=m, __traceback__=tb):
            out.append(repr(tb))
        case _:
            out.append("no")
out
