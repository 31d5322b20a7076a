# Attacks: isinstance/issubclass with host classes as a probe of host class hierarchy.
# Held: only program-level information.
import re, json, collections
out = [isinstance(re.I, int), issubclass(type(re.I), int), isinstance(json, type(print)), issubclass(json.JSONDecodeError, ValueError)]
out
