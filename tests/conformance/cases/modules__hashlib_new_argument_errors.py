import hashlib
out = []
for arguments in [(None,), ([1],), ("x", None), ("x",), ("md5", None), ("x", "str"), ("x", b"a"), (1, None), ("sha256", 1), ("MD5", b"a")]:
    try:
        out.append(hashlib.new(*arguments).hexdigest())
    except (TypeError, ValueError) as e:
        out.append((type(e).__name__, str(e)))
out
# expect: [('TypeError', 'name must be a string'), ('TypeError', "unhashable type: 'list'"), ('TypeError', 'object supporting the buffer API required'), ('ValueError', 'unsupported hash type x'), ('TypeError', 'object supporting the buffer API required'), ('TypeError', 'Strings must be encoded before hashing'), ('ValueError', 'unsupported hash type x'), ('TypeError', 'name must be a string'), ('TypeError', 'object supporting the buffer API required'), '0cc175b9c0f1b6a831c399e269772661']
