# Attacks: sys.version_info._make(range(10**8)): a shim named tuple answers _make too.
# Held: a clean PtcError within the caps.
# expect: error
import sys
sys.version_info._make(range(10**8))
