# Attacks: urllib.parse.unquote of a 1 MB percent-encoded text in a loop.
# Held: a clean PtcError (step budget).
# expect: error
import urllib.parse
s = "%41" * 330000
while True:
    urllib.parse.unquote(s)
