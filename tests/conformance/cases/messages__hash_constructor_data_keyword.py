# Which name a hash constructor takes its data by depends on the algorithm, as in CPython.
import hashlib

messages = []
for make, keyword in [(hashlib.md5, "data"), (hashlib.blake2b, "data"), (hashlib.blake2b, "string")]:
    try:
        make(**{keyword: b"a"})
    except TypeError as error:
        messages.append(str(error))
messages
# expect: ["'data' is an invalid keyword argument for openssl_md5()", "'data' is an invalid keyword argument for blake2b()", "'string' is an invalid keyword argument for blake2b()"]
