# Attacks: str.startswith/endswith with a tuple of 100k references to a 1M-char prefix that differs only in its
# last character (each candidate costs a 1M memcmp; the method is charged by the receiver's length only).
# Held: a clean PtcError within the CPU cap.
s = "x" * 1_000_000
p = "x" * 999_999 + "z"
prefixes = (p,) * 99_999
n = 0
for i in range(10):
    n += s.startswith(prefixes) + s.endswith(prefixes)
n
