text = "Grüße, ok"
out = []
for name in ("us_ascii", "646", "ASCII", "utf8", "UTF-8", "U8", "utf_8", "latin1", "L1", "iso-8859-1", "cp819",
             "utf16", "UTF-16LE", "utf_16_be", "utf32", "UTF-32-BE", "utf-32le"):
    try:
        data = text.encode(name)
        out.append((name, len(data), data.decode(name) == text, str(data, name) == text))
    except UnicodeEncodeError as e:
        out.append((name, "UnicodeEncodeError", e.reason))
for name in ("no-such-codec", "", "utf-9"):
    try:
        "x".encode(name)
    except LookupError as e:
        out.append(str(e))
out.append(bytes("hé", "latin1"))
out
# expect: [('us_ascii', 'UnicodeEncodeError', 'ordinal not in range(128)'), ('646', 'UnicodeEncodeError', 'ordinal not in range(128)'), ('ASCII', 'UnicodeEncodeError', 'ordinal not in range(128)'), ('utf8', 11, True, True), ('UTF-8', 11, True, True), ('U8', 11, True, True), ('utf_8', 11, True, True), ('latin1', 9, True, True), ('L1', 9, True, True), ('iso-8859-1', 9, True, True), ('cp819', 9, True, True), ('utf16', 20, True, True), ('UTF-16LE', 18, True, True), ('utf_16_be', 18, True, True), ('utf32', 40, True, True), ('UTF-32-BE', 36, True, True), ('utf-32le', 36, True, True), 'unknown encoding: no-such-codec', 'unknown encoding: ', 'unknown encoding: utf-9', b'h\\xe9']
