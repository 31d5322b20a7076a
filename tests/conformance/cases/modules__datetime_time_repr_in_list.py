import datetime
repr([datetime.time(9, 30), datetime.date(2024, 5, 1)])
# expect: '[datetime.time(9, 30), datetime.date(2024, 5, 1)]'
