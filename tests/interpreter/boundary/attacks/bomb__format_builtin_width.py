# Attacks: format() builtin with a huge width spec.
# Held: a clean PtcError.
format(7, "0999999999d")
