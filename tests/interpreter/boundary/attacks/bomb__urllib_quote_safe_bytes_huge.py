# Attacks: urllib.parse.quote with a 1,000,000-byte `safe`: CPython filters bytes `safe` in a Python loop and hashes it for its quoter cache on every call, while the call is charged by the string's length only.
# Held: a clean PtcError within the CPU cap.
# expect: error
import urllib.parse
safe = b"/" * 1000000
while True:
    urllib.parse.quote("a b", safe)
