import hashlib
hashlib.sha1('text')
# expect: raises TypeError: Strings must be encoded before hashing
# expect: raises TypeError: Strings must be encoded before hashing
