# Attacks: io.StringIO: 1-character writes in the middle of a 1 MB text, in a loop (each rebuilds the text).
# Held: a clean PtcError (step budget).
# expect: error
import io
f = io.StringIO("x" * 1000000)
while True:
    f.seek(10)
    f.write("y")
