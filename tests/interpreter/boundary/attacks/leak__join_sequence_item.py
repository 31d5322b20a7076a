# Attacks: str.join error naming the item's host class.
# Held: no host class names.
# expect: error
import json
"-".join(["a", json, print])
