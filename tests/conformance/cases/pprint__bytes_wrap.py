import pprint
print(pprint.pformat([b"0123456789abcdef" * 8], width=40))
# expect: None
