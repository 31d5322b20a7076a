import base64
base64.urlsafe_b64encode(b'\xfb\xff')
# expect: b'-_8='
# expect: b'-_8='
