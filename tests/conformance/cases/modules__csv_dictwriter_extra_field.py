import csv, io
csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'b': 2})
# expect: raises ValueError: dict contains fields not in fieldnames: 'b'
# expect: raises ValueError: dict contains fields not in fieldnames: 'b'
