from datetime import datetime
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    r = str(e)
r
