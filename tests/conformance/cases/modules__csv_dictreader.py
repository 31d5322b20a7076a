import csv, io
[dict(r) for r in csv.DictReader(io.StringIO('x,y\n1,2\n'))]
# expect: [{'x': '1', 'y': '2'}]
# expect: [{'x': '1', 'y': '2'}]
