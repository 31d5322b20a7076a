# Attacks: io.StringIO.readline(1) on a text without newline: each call scans to the end of the text for a newline but is charged for the one character it returns (quadratic).
# Held: a clean PtcError within the CPU cap.
# expect: error
import io
f = io.StringIO("\u010a" * 1000000)
n = 0
while f.readline(1):
    n += 1
n
