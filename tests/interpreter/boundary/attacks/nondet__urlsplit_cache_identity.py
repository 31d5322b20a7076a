# Attacks: identity of urllib.parse results, which CPython caches process-wide (lru_cache): `is` and id() between two calls with the cache churned in between.
# Held: identical across processes.
import urllib.parse
u = "http://host/" + "p" * 10
a = urllib.parse.urlsplit(u).path
b = urllib.parse.urlsplit(u).path
for i in range(130):
    urllib.parse.urlsplit("http://x/" + str(i))
c = urllib.parse.urlsplit(u).path
(a is b, a is c, id(a) == id(c))
