out = []
try:
    "naïve".encode("ascii")
except UnicodeEncodeError as e:
    out.append((e.encoding, e.object, e.start, e.end, e.reason, str(e)))
try:
    b"ok\xff".decode("utf-8")
except UnicodeDecodeError as e:
    out.append((e.encoding, e.object, e.start, e.end, e.reason, str(e)))
out
# expect: [('ascii', 'naïve', 2, 3, 'ordinal not in range(128)', "'ascii' codec can't encode character '\\\\xef' in position 2: ordinal not in range(128)"), ('utf-8', b'ok\\xff', 2, 3, 'invalid start byte', "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte")]
