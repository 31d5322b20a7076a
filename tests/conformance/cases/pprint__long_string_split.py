import pprint
pprint.pprint({"text": "lorem ipsum dolor sit amet " * 6, "lines": "first line\nsecond line\n" * 3})
# expect: None
