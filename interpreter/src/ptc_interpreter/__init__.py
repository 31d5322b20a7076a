"""A deterministic, sandboxed async Python interpreter for model-written programs.

```python
import ptc_interpreter
result = await ptc_interpreter.run(code, tools={"get_user": get_user})
result.value, result.stdout, result.calls, result.steps_used
```
"""

from .api import SEMANTICS_VERSION, RunResult, check, describe_tools, run
from .errors import (
    Problem,
    PtcError,
    PtcInternalError,
    PtcLimitError,
    PtcRecursionError,
    PtcRuntimeError,
    PtcSyntaxError,
    PtcToolError,
    SourceSpan,
)
from .host import (
    DEFAULT_STANDALONE_TIMEOUT,
    Host,
    LocalHost,
    OutputObserver,
    RelayedToolError,
    ToolCall,
    ToolSpec,
    TraceEvent,
    WallClockLimited,
)
from .limits import Limits

__all__ = [
    "DEFAULT_STANDALONE_TIMEOUT",
    "SEMANTICS_VERSION",
    "Host",
    "Limits",
    "LocalHost",
    "OutputObserver",
    "Problem",
    "PtcError",
    "PtcInternalError",
    "PtcLimitError",
    "PtcRecursionError",
    "PtcRuntimeError",
    "PtcSyntaxError",
    "PtcToolError",
    "RelayedToolError",
    "RunResult",
    "SourceSpan",
    "ToolCall",
    "ToolSpec",
    "TraceEvent",
    "WallClockLimited",
    "check",
    "describe_tools",
    "run",
]
