try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    r = (str(e), type(e.__cause__).__name__)
r
# expect: ('wrapped', 'ZeroDivisionError')
