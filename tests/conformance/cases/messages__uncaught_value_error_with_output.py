print("before")
raise ValueError("bad value")
# expect: raises ValueError: bad value
