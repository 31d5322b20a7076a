# Attacks: a program __repr__ returning 10^6 characters, 1000 times in one list.
# Held: a clean PtcError (max_string_length) within the budget.
# expect: error
import pprint
class Big:
    def __repr__(self):
        return "r" * 999_999
print(len(pprint.pformat([Big()] * 1000)))
