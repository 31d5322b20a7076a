# Attacks: base64.a85decode of 'z' repeated: each 'z' decodes to four zero bytes, while the result is checked as no larger than its input.
# Held: a clean PtcError (max_string_length): the result would be 4,000,000 bytes.
# expect: error
import base64
len(base64.a85decode(b"z" * 1000000))
