# Attacks: base64.a85encode with wrapcol=1 and adobe framing: a newline after every output character, more than the size estimate adds.
# Held: a result no longer than max_string_length (the size estimate adds one newline per input byte, more than wrapcol=1 adds).
import base64
len(base64.a85encode(b"\x01" * 420000, wrapcol=1, adobe=True))
