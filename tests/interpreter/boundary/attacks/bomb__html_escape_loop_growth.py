# Attacks: html.escape of its own output repeatedly ('&' grows to '&amp;').
# Held: a clean PtcError.
# expect: error
import html
s = "&" * 1000
while True:
    s = html.escape(s)
