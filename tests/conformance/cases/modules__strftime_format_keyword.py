import datetime

datetime.date(2024, 6, 15).strftime(format="%Y/%m/%d")
# expect: '2024/06/15'
