# A field made outside a class has no name yet; hash is None.
from dataclasses import field

f = field(default=1)
(f.name, f.hash)
# expect: (None, None)
