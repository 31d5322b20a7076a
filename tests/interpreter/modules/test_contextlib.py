"""`contextlib`: `contextmanager` over program generators, `suppress`, `nullcontext` and `closing`
behave as in CPython, and none of them can swallow a limit error."""

from __future__ import annotations

import ptc_interpreter
import pytest
from ptc_reference import assert_same_as_cpython

_CASES = [
    "from contextlib import contextmanager\nlog = []\n@contextmanager\ndef tag(name):\n    log.append('<' + name)\n"
    "    try:\n        yield name.upper()\n    except ValueError as e:\n        log.append(('handled', str(e)))\n"
    "    finally:\n        log.append(name + '>')\nwith tag('a') as t:\n    log.append(t)\nwith tag('b'):\n"
    "    raise ValueError('v')\ntry:\n    with tag('c'):\n        raise KeyError('k')\nexcept KeyError as e:\n"
    "    log.append(repr(e))\nlog",
    "from contextlib import contextmanager\n@contextmanager\ndef twice():\n    yield 1\n    yield 2\ntry:\n"
    "    with twice():\n        pass\nexcept RuntimeError as e:\n    print(e)",
    "from contextlib import contextmanager\n@contextmanager\ndef never():\n    if False:\n        yield\ntry:\n"
    "    with never():\n        pass\nexcept RuntimeError as e:\n    print(e)",
    "from contextlib import contextmanager\n@contextmanager\ndef swallow():\n    try:\n        yield\n"
    "    except Exception:\n        pass\nwith swallow():\n    1 / 0\nfor i in range(3):\n    with swallow():\n"
    "        if i == 1:\n            break\ni",
    "from contextlib import suppress\nclass MyErr(Exception):\n    pass\nwith suppress(ZeroDivisionError, KeyError):\n"
    "    1 / 0\nwith suppress(MyErr):\n    raise MyErr()\ntry:\n    with suppress(KeyError):\n        [][1]\n"
    "except IndexError as e:\n    print(e)",
    "from contextlib import nullcontext, closing\nlog = []\nwith nullcontext(5) as n:\n    log.append(n)\n"
    "with nullcontext():\n    pass\nclass Res:\n    def close(self):\n        log.append('closed')\n"
    "with closing(Res()) as r:\n    log.append(type(r).__name__)\nlog",
    "from contextlib import suppress\nwith suppress(5):\n    pass\nwith suppress(KeyError, 5):\n    {}[1]",
    "import contextlib\nisinstance(contextlib.suppress(KeyError), contextlib.suppress)",
]


@pytest.mark.parametrize("source", _CASES)
async def test_matches_cpython(source: str) -> None:
    await assert_same_as_cpython(source)


@pytest.mark.parametrize(
    "source",
    [
        "from contextlib import suppress\nwith suppress(5):\n    1 / 0",
        "from contextlib import contextmanager\n@contextmanager\ndef f():\n    return 1\nwith f():\n    pass",
    ],
)
async def test_errors_match_cpython(source: str) -> None:
    await assert_same_as_cpython(source, may_raise=True)


@pytest.mark.parametrize(
    "source",
    [
        "from contextlib import suppress\nwhile True:\n    with suppress(Exception, BaseException):\n"
        "        while True:\n            pass",
        "from contextlib import contextmanager\n@contextmanager\ndef swallow():\n    try:\n        yield\n"
        "    except BaseException:\n        pass\nwhile True:\n    with swallow():\n        while True:\n            pass",
    ],
)
async def test_limit_errors_cannot_be_suppressed(source: str) -> None:
    with pytest.raises(ptc_interpreter.PtcLimitError):
        await ptc_interpreter.run(source, limits=ptc_interpreter.Limits(max_steps=50_000))
