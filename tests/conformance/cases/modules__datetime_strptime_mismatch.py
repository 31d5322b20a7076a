from datetime import datetime
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    r = str(e)
r
# expect: "time data '2024-13-01' does not match format '%Y-%m-%d'"
