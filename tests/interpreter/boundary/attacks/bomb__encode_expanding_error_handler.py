# Attacks: str.encode with an error handler that writes up to ~90 characters per unencodable one
# (namereplace): 35 MB and 0.11 s per call of a 1M-character text, charged as a 1M copy, no size check.
# Held: a clean PtcError (the result is checked against max_string_length, the handler charged).
# expect: error
s = "é" * 1_000_000
while True:
    s.encode("ascii", "namereplace")
