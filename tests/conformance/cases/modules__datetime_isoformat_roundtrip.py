from datetime import datetime, timedelta
d = datetime(2024, 2, 28, 12, 30) + timedelta(days=2)
(d.isoformat(), d.strftime("%A %d %B"), d.weekday())
# expect: ('2024-03-01T12:30:00', 'Friday 01 March', 4)
