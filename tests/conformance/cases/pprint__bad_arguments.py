import pprint
errors = []
for kwargs in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.pformat([1], **kwargs)
    except ValueError as e:
        errors.append(str(e))
errors
# expect: ['indent must be >= 0', 'depth must be > 0', 'width must be != 0']
