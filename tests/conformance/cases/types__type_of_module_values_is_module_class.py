import datetime, fractions, types
[
    type(datetime.date(2020, 1, 2)) is datetime.date,
    type(datetime.timedelta(days=1)) is datetime.timedelta,
    type(fractions.Fraction(1, 3)) is fractions.Fraction,
    type(types.SimpleNamespace(a=1)) is types.SimpleNamespace,
]
# expect: [True, True, True, True]
