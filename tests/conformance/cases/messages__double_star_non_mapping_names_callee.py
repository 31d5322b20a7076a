import json

messages = []
for call in (lambda: iter(**3), lambda: ValueError(**3), lambda: json.dumps(**3)):
    try:
        call()
    except TypeError as error:
        messages.append(str(error))
messages
# expect: ['iter() argument after ** must be a mapping, not int', 'ValueError() argument after ** must be a mapping, not int', 'json.dumps() argument after ** must be a mapping, not int']
