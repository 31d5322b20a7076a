# Attacks: e.args / str(e) of an exception holding a 1M-character message, read in a loop: every read
# scanned the message for native addresses (a timed-out bomb, also for a fresh `ValueError(k).args`; 27x when raised afresh each time).
# Held: a clean PtcError (the scan is charged at raise and done once per args tuple).
# expect: error
k = "x" * 1_000_000
e = ValueError(k)
while True:
    e.args
    ValueError(k).args
    try:
        raise ValueError(k)
    except ValueError as caught:
        caught.args
        str(caught)
