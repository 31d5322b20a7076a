# Attacks: urllib.parse.quote_plus with a 1,000,000-character str `safe` (encoded, concatenated and hashed per call).
# Held: a clean PtcError within the CPU cap.
# expect: error
import urllib.parse
safe = "/" * 1000000
while True:
    urllib.parse.quote_plus("a b", safe)
