# Attacks: attributes of exceptions raised natively (UnicodeDecodeError.object/reason, JSONDecodeError.doc).
# Held: no host paths or addresses.
import json
out = []
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    out.append([str(e), repr(e.args)])
try:
    json.loads("[1,")
except ValueError as e:
    out.append([str(e), repr(e), e.msg, e.pos, e.doc])
out
