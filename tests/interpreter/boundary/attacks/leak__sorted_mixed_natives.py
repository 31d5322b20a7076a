# Attacks: sorted() over builtin functions and a module: the '<' error names host classes.
# Held: no host class names.
# expect: error
import json
sorted([json, print])
