# Attacks: urllib.parse.parse_qsl of 300,000 fields (the list is built before the container check).
# Held: a clean PtcError.
# expect: error
import urllib.parse
len(urllib.parse.parse_qsl("a=1&" * 250000))
