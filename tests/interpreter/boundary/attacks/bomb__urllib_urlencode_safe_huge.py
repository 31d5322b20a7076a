# Attacks: urllib.parse.urlencode of many pairs with a huge `safe` (each key and value is quoted with it).
# Held: a clean PtcError within the CPU cap.
# expect: error
import urllib.parse
q = [("k", "v w")] * 5000
while True:
    urllib.parse.urlencode(q, safe=b"~" * 1000000)
