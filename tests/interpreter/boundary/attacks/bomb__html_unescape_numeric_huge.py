# Attacks: html.unescape of a numeric character reference with a million hex digits, and one with a million decimal digits.
# Held: a result or a clean PtcError within the CPU cap.
import html
a = html.unescape("&#x" + "f" * 900000 + ";")
try:
    b = html.unescape("&#" + "9" * 900000 + ";")
except ValueError as e:
    b = "error"
(len(a), b)
