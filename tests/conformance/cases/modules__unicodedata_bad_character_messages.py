import unicodedata

messages = []
for function in (unicodedata.category, unicodedata.name, unicodedata.mirrored, unicodedata.digit):
    for value in ("ab", 7):
        try:
            function(value)
        except TypeError as error:
            messages.append(str(error))
messages
# expect: ['category() argument must be a unicode character, not str', 'category() argument must be a unicode character, not int', 'name() argument 1 must be a unicode character, not str', 'name() argument 1 must be a unicode character, not int', 'mirrored() argument must be a unicode character, not str', 'mirrored() argument must be a unicode character, not int', 'digit() argument 1 must be a unicode character, not str', 'digit() argument 1 must be a unicode character, not int']
