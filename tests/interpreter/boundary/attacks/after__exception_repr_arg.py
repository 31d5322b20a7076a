# Attacks: an uncaught exception whose argument has a printing __repr__.
# Held: nothing runs after return.
# expect: error
class R:
    def __repr__(self):
        print("AFTER: repr ran")
        return "R"
raise ValueError(R(), R())
