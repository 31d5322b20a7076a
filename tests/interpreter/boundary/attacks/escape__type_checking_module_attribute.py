# Attacks: `if typing.TYPE_CHECKING:` / `if not TYPE_CHECKING:` around a forbidden import, and a TYPE_CHECKING rebound through a function.
# Held: a clean error: the forbidden module is never importable.
# expect: error
import typing
def flip():
    global TYPE_CHECKING
    TYPE_CHECKING = True
TYPE_CHECKING = False
flip()
if TYPE_CHECKING:
    import subprocess
subprocess.run(["true"])
