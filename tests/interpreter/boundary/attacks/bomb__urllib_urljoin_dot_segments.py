# Attacks: urllib.parse.urljoin with a base and reference of hundreds of thousands of '..' and '.' segments.
# Held: a result or clean PtcError within the CPU cap.
import urllib.parse
base = "http://h/" + "a/" * 300000
ref = "../" * 300000 + "./" * 10
len(urllib.parse.urljoin(base, ref))
