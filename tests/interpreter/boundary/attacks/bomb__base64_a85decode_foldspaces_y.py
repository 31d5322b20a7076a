# Attacks: base64.a85decode(foldspaces=True) of 'y' repeated: each 'y' is four spaces.
# Held: a clean PtcError (max_string_length).
# expect: error
import base64
len(base64.a85decode("y" * 1000000, foldspaces=True))
