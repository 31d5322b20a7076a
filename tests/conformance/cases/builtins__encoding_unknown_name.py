# A name no codec has is CPython's LookupError, quoting the name as given.
messages = []
for name in ["not-a-real-codec", "utf.8", ""]:
    try:
        "a".encode(name)
    except LookupError as error:
        messages.append(str(error))
messages
# expect: ['unknown encoding: not-a-real-codec', 'unknown encoding: utf.8', 'unknown encoding: ']
