# Attacks: from __future__ import braces / barry_as_FLUFL.
# Held: a clean PtcError.
# expect: error
from __future__ import barry_as_FLUFL
from __future__ import braces
1
