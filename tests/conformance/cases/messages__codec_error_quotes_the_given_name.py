# An error handler that cannot handle decoding is reported with the encoding as the program wrote it.
try:
    b"\xff\xfe\x00".decode("UTF-16-LE", "xmlcharrefreplace")
except TypeError as error:
    message = str(error)
message
# expect: "decoding with 'UTF-16-LE' codec failed (TypeError: don't know how to handle UnicodeDecodeError in error callback)"
