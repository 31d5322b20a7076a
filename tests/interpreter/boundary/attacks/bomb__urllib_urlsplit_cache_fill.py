# Attacks: urllib.parse.urlsplit of many distinct 1 MB URLs (CPython's lru_cache keeps them in the host process).
# Held: a clean PtcError within budget.
# expect: error
import urllib.parse
base = "http://h/" + "p" * 999000
for i in range(200):
    urllib.parse.urlsplit(base + str(i))
