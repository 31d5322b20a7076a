# Attacks: TypeError message for an operator on a builtin function names the host class.
# Held: a clean PtcError whose message names no host class (NativeFunction).
# expect: error
print + 1
