from decimal import Decimal, getcontext
getcontext().prec = 30
[str(Decimal(2).sqrt()), str(Decimal(10).ln()), str(Decimal(1).exp()), str(Decimal(1000).log10()), str(Decimal(2) ** Decimal('0.5'))]
# expect: ['1.41421356237309504880168872421', '2.30258509299404568401799145468', '2.71828182845904523536028747135', '3', '1.41421356237309504880168872421']
