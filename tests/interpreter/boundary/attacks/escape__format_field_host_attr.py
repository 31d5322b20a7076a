# Attacks: str.format field access walking host attributes of a regex flag / match / shim exception.
# Held: a clean PtcError; nothing host-internal readable.
# expect: error
import re
[("{0._value_}|{0._name_}").format(re.I), "{0.__class__}".format(re.I)]
