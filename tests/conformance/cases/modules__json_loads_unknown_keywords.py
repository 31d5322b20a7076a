import json
out = []
for text in ["{}", 5, None]:
    for options in [dict(bogus=1), dict(indent="x"), dict(sort_keys=1), dict(default=1), dict(bogus=1, indent=2), dict(cls=None, object_hook=None, strict=True)]:
        try:
            out.append(json.loads(text, **options))
        except TypeError as e:
            out.append(str(e))
out
# expect: ["JSONDecoder.__init__() got an unexpected keyword argument 'bogus'", "JSONDecoder.__init__() got an unexpected keyword argument 'indent'", "JSONDecoder.__init__() got an unexpected keyword argument 'sort_keys'", "JSONDecoder.__init__() got an unexpected keyword argument 'default'", "JSONDecoder.__init__() got an unexpected keyword argument 'bogus'", {}, 'the JSON object must be str, bytes or bytearray, not int', 'the JSON object must be str, bytes or bytearray, not int', 'the JSON object must be str, bytes or bytearray, not int', 'the JSON object must be str, bytes or bytearray, not int', 'the JSON object must be str, bytes or bytearray, not int', 'the JSON object must be str, bytes or bytearray, not int', 'the JSON object must be str, bytes or bytearray, not NoneType', 'the JSON object must be str, bytes or bytearray, not NoneType', 'the JSON object must be str, bytes or bytearray, not NoneType', 'the JSON object must be str, bytes or bytearray, not NoneType', 'the JSON object must be str, bytes or bytearray, not NoneType', 'the JSON object must be str, bytes or bytearray, not NoneType']
