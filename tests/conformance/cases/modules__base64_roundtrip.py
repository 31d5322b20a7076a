import base64
base64.b64decode(base64.b64encode(b'data\x00'))
# expect: b'data\\x00'
# expect: b'data\\x00'
