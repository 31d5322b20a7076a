# Attacks: str.join error naming the item's host class.
# Held: no host class names.
# expect: error
"-".join(["a", json]) if False else "-".join(["a", print])
