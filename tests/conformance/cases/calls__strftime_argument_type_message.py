import datetime
day = datetime.date(2024, 2, 29)
results = []
for bad in (None, 7, ["%Y"]):
    try:
        day.strftime(bad)
    except TypeError as e:
        results.append(str(e))
results
# expect: ['strftime() argument 1 must be str, not None', 'strftime() argument 1 must be str, not int', 'strftime() argument 1 must be str, not list']
