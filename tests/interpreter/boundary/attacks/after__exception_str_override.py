# Attacks: an uncaught program exception class with __str__ that prints (would run inside str(PtcError)).
# Held: the report is fixed when run() raises; nothing prints after return.
# expect: error
class E(Exception):
    def __str__(self):
        print("AFTER: __str__ ran")
        return "boom"
raise E()
