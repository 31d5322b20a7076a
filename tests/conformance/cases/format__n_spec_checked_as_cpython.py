out = []
for spec in [',n', '_n', '10,n', 'n', '.2n', '>8n', '+n']:
    for v in (1234, 1234.5, True):
        try:
            out.append(format(v, spec))
        except ValueError as e:
            out.append(str(e))
out
# expect: ["Cannot specify ',' with 'n'.", "Cannot specify ',' with 'n'.", "Cannot specify ',' with 'n'.", "Cannot specify '_' with 'n'.", "Cannot specify '_' with 'n'.", "Cannot specify '_' with 'n'.", "Cannot specify ',' with 'n'.", "Cannot specify ',' with 'n'.", "Cannot specify ',' with 'n'.", '1234', '1234.5', '1', 'Precision not allowed in integer format specifier', '1.2e+03', 'Precision not allowed in integer format specifier', '    1234', '  1234.5', '       1', '+1234', '+1234.5', '+1']
