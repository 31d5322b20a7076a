import csv, io
f = io.StringIO()
csv.writer(f).writerows([['a', 'b,c'], [1, None]])
list(csv.reader(io.StringIO(f.getvalue())))
# expect: [['a', 'b,c'], ['1', '']]
# expect: [['a', 'b,c'], ['1', '']]
