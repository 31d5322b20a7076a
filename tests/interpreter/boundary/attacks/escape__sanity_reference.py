# Attacks: nothing (harness sanity check) -- a plain program.
# Held: it returns its value.
# expect: value 6
sum([1, 2, 3])
