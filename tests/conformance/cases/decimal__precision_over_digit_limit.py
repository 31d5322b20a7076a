import decimal
decimal.getcontext().prec = 5000
str(decimal.Decimal(1) / 7)[:10]
# expect: '0.14285714'
