import base64
base64.b64decode('abc')
# expect: raises Error: Incorrect padding
# expect: raises Error: Incorrect padding
