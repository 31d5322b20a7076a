# Attacks: operator.attrgetter with a dotted path whose later part is private.
# Held: a clean PtcError.
# expect: error
import operator, re
operator.attrgetter("re._value_")(re.match("a", "a"))
