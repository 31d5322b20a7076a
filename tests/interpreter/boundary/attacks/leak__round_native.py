# Attacks: round() of a builtin function: 'type NativeFunction doesn't define __round__'.
# Held: no host class names.
# expect: error
round(print)
