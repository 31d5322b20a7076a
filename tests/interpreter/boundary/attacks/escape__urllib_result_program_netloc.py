# Attacks: a ParseResult built with a program object as its netloc, then its host-computed hostname/port/geturl: host urllib code gets the program object.
# Held: a clean error (no host class names); nothing else runs.
import urllib.parse
class Evil:
    def __bool__(self):
        print("bool called")
        return True
    def __eq__(self, other):
        print("eq with", type(other).__name__)
        return True
    def __hash__(self):
        return 1
    def __len__(self):
        return 3
r = urllib.parse.ParseResult("http", Evil(), "/p", "", "", "")
out = []
for name in ("hostname", "port", "username", "password"):
    try:
        out.append(getattr(r, name))
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
try:
    out.append(r.geturl())
except Exception as e:
    out.append(type(e).__name__ + ": " + str(e))
out
