# Attacks: imports under `if TYPE_CHECKING:` are skipped, so the validator may let them through: shadow TYPE_CHECKING with True and import os.
# Held: a clean error: os is never imported.
# expect: error
from typing import TYPE_CHECKING
TYPE_CHECKING = True
if TYPE_CHECKING:
    import os
os.system("touch /tmp/ptc_redteam2_pwned")
