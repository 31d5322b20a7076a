# Attacks: io.StringIO: seek far past the end, then write (NUL padding up to the position).
# Held: a clean PtcError (max_string_length).
# expect: error
import io
f = io.StringIO()
f.seek(10**15)
f.write("x")
