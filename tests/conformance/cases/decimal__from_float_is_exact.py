from decimal import Decimal
(str(Decimal(0.1)), str(Decimal.from_float(0.5)), str(Decimal(1.1).quantize(Decimal('0.01'))), Decimal(0.1) == 0.1)
# expect: ('0.1000000000000000055511151231257827021181583404541015625', '0.5', '1.10', True)
