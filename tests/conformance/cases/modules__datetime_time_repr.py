import datetime
repr(datetime.time(1, 2))
# expect: 'datetime.time(1, 2)'
