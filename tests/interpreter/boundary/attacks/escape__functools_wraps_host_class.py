# Attacks: functools.wraps applied to a host exception class (update_wrapper writes __name__/__doc__/__wrapped__).
# Held: a clean PtcError; host class unchanged.
import functools, json, re, statistics
def pwned():
    "PWNED doc"
functools.wraps(pwned)(json.JSONDecodeError)
functools.wraps(pwned)(re.error)
functools.wraps(pwned)(statistics.StatisticsError)
[json.JSONDecodeError.__name__, re.error.__name__]
