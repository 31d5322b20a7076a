# Attacks: get_close_matches with a program object as n and cutoff: its comparison dunders run
# from the module's own checks (they must run in-run, charged, as in CPython, and never after).
# Held: CPython's behaviour (TypeError for n, a list for cutoff); nothing after return.
import difflib
class N:
    def __gt__(self, other):
        print("program __gt__ ran")
        return True
    def __le__(self, other):
        print("program __le__ ran")
        return True
    def __ge__(self, other):
        print("program __ge__ ran")
        return True
try:
    print(difflib.get_close_matches("abc", ["abd", "abc", "xyz"], n=N()))
except Exception as e:
    print(type(e).__name__, e)
print(difflib.get_close_matches("abc", ["abd", "abc", "xyz"], cutoff=N()))
