out = []
for v in (float("inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        out.append((type(e).__name__, str(e)))
out
# expect: [('OverflowError', 'cannot convert float infinity to integer'), ('ValueError', 'cannot convert float NaN to integer')]
