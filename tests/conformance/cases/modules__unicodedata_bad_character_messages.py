import unicodedata

messages = []
for function in (unicodedata.category, unicodedata.name, unicodedata.mirrored, unicodedata.digit):
    for value in ("ab", 7):
        try:
            function(value)
        except TypeError as error:
            messages.append(str(error))
messages
