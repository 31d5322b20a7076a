"""Sandbox-escape attempts, ported from published escapes against other Python sandboxes.

Sources (each attack names its own):
- smolagents LocalPythonExecutor: tests/test_local_python_executor.py::TestLocalPythonExecutorSecurity,
  CVE-2025-5120 (getattr/indirect access to restricted modules), CVE-2025-9959 (class-hierarchy walk
  to subprocess.Popen), issue #2094 (ctypes), issue #2395 (program-defined lifecycle dunders).
- asteval: GHSA-vp47-9734-prjw (procedure internals), GHSA-3wwr-3g9f-9gc7 (format-string walks).
- simpleeval: tests/test_security.py (`__globals__`, mro breakout, format/format_map/f-string walks),
  issue #138 (gi_frame / cr_frame escape).
- RestrictedPython: the string.Formatter escape (CVE-2023-37271 family), safer_getattr with a str
  subclass (PR #282), operator.attrgetter re-opening the Formatter escape (PR #330).
- pynterp / Monty-style sandbox suites: `__mro__` walks, ag_frame, type.__getattribute__ on frames.
- This project's own boundary (issue 3): values-only tool boundary, no host loop, no mutation of
  shims shared between runs, NFKC-normalised identifiers.

Every attempt must end in a clean `PtcError` (static rejection or a runtime exception the program did
not catch), never an internal error, never success, and with no side effect: the canary file that a
successful escape would create must not exist afterwards.
"""

from __future__ import annotations

import asyncio
import os
import textwrap
from pathlib import Path
from typing import Any

import ptc_interpreter
import pytest
from ptc_fake_tools import FakeWorld
from ptc_interpreter.errors import PtcError, PtcInternalError, PtcLimitError, PtcRuntimeError, PtcSyntaxError
from ptc_interpreter.runtime.values import FrozenOrderedSet, OrderedSet


def attack(source_note: str, code: str) -> Any:
    return pytest.param(textwrap.dedent(code).strip() + "\n", id=source_note)


ATTACKS = [
    # --- smolagents TestLocalPythonExecutorSecurity ---------------------------------------------
    attack("smolagents-import-os", "import os\nos.system('touch ' + CANARY)"),
    attack("smolagents-import-builtins-exec", "import builtins\nbuiltins.exec('open(%r, \"w\")' % CANARY)"),
    attack("smolagents-os-popen", "import os\nos.popen('touch ' + CANARY)"),
    attack("smolagents-from-os-import-system", "from os import system\nsystem('touch ' + CANARY)"),
    attack("smolagents-sys-modules-os", "import sys\nsys.modules['os'].system('touch ' + CANARY)"),
    attack(
        "smolagents-importlib", "import importlib\nimportlib.import_module('os').system('touch ' + CANARY)"
    ),
    attack("smolagents-random-_os", "import random\nrandom._os.system('touch ' + CANARY)"),
    attack("smolagents-random-__dict__", "import random\nrandom.__dict__['_os'].system('touch ' + CANARY)"),
    attack("smolagents-queue-threading", "import queue\nqueue.threading._os.system('touch ' + CANARY)"),
    attack(
        "smolagents-asyncio-base_events-subprocess", "import asyncio\nasyncio.base_events.events.subprocess"
    ),
    attack("smolagents-warnings-sys", "import warnings\nwarnings.sys.modules['os']"),
    attack(
        "CVE-2025-5120-partial-getattr",
        """
        import functools
        import json
        list(map(functools.partial(getattr, json), ["decoder"]))[0].scanner
        """,
    ),
    attack("CVE-2025-5120-map-getattr", "import json\nlist(map(getattr, [json], ['_default_encoder']))"),
    attack("smolagents-sys-_getframe", "import sys\nsys._getframe().f_builtins['__import__']('os')"),
    attack(
        "smolagents-traceback-tb_frame",
        """
        try:
            1 / 0
        except Exception as e:
            builtins = e.__traceback__.tb_frame.f_back.f_globals["__builtins__"]
            builtins["__import__"]("os").system("touch " + CANARY)
        """,
    ),
    attack(
        "smolagents-catch_warnings-subclasses",
        """
        classes = {}.__class__.__base__.__subclasses__()
        for cls in classes:
            if cls.__name__ == "catch_warnings":
                break
        cls()._module.__builtins__["__import__"]("os").system("touch " + CANARY)
        """,
    ),
    attack(
        "smolagents-BuiltinImporter-load_module",
        """
        for cls in {}.__class__.__base__.__subclasses__():
            if cls.__name__ == "BuiltinImporter":
                break
        cls().load_module("os").system("touch " + CANARY)
        """,
    ),
    attack(
        "CVE-2025-9959-popen-via-subclasses",
        """
        for cls in ().__class__.__base__.__subclasses__():
            if 'Popen' in cls.__class__.__repr__(cls):
                break
        cls(["touch", CANARY]).wait()
        """,
    ),
    attack(
        "CVE-2025-9959-popen-comprehension",
        """
        [c for c in ().__class__.__base__.__subclasses__() if "Popen" in c.__class__.__repr__(c)][0](["touch", CANARY])
        """,
    ),
    # `x.__class__` is readable (it is what `type(x)` gives), so the walks below take their next step.
    attack("smolagents-dunder-class", "a = ()\nb = a.__class__.__base__"),
    # an instance's `__dict__` is its own attributes (docs/language.md); its class's is refused
    attack("smolagents-class-__dict__", "class A:\n    attr = 1\nx = A()\ntype(x).__dict__"),
    attack("smolagents-getattr-dunder", "a = ()\ngetattr(a.__class__, '__base__')"),
    attack("smolagents-__dir__", "'string'.__dir__()"),
    attack("CVE-2025-5120-getattr-tool-code", "getattr(get_user, '__code__')"),
    attack("CVE-2025-5120-getattr-built-name", "getattr((), '_' + '_base__')"),
    attack("CVE-2025-5120-getattr-tool-globals", "getattr(get_user, '_' * 2 + 'globals__')"),
    attack("CVE-2025-5120-getattr-module-walk", "import json\ngetattr(json, 'decoder').scanner"),
    attack("CVE-2025-5120-getattr-on-getattr", "getattr(getattr, '__self__')"),
    attack(
        "smolagents-__getattribute__-call",
        """
        def func():
            pass
        function_class = func.__getattribute__("__class__")
        object_class = type.__getattribute__(function_class, '__bases__')[0]
        object_class.__subclasses__()
        """,
    ),
    attack("smolagents-2094-ctypes", "import ctypes\nctypes.CDLL(None).system(('touch ' + CANARY).encode())"),
    attack(
        "smolagents-2395-__del__-time-bomb",
        """
        class Bomb:
            def __del__(self):
                for _ in range(10**7):
                    pass
        b = Bomb()
        b.__del__()
        """,
    ),
    # --- asteval advisories -----------------------------------------------------------------------
    attack(
        "asteval-GHSA-vp47-procedure-internals",
        "def my_func(x, y):\n    return x + y\nmy_func.__code__ = None",
    ),
    attack("asteval-GHSA-3wwr-format-spec-walk", "'{0.__class__.__base__.__subclasses__}'.format(1)"),
    attack("asteval-builtin-__self__", "print.__self__.__import__('os').system('touch ' + CANARY)"),
    # --- simpleeval tests/test_security.py and issue #138 -------------------------------------------
    attack("simpleeval-function-__globals__", "def x():\n    return 1\nx.__globals__"),
    attack("simpleeval-func_globals", "def x():\n    return 1\nx.func_globals"),
    attack("simpleeval-mro-call", "(1).__class__.mro()"),
    attack(
        "simpleeval-true-class-class-subclasses",
        "True.__class__.__class__.__base__.__subclasses__()[-1].__init__.__globals__['sys']",
    ),
    attack("simpleeval-format-kwarg-walk", "'{string.__class__.__base__}'.format(string='things')"),
    attack("simpleeval-format_map-walk", "'{a.__class__.__base__}'.format_map({'a': 1})"),
    attack("simpleeval-fstring-class", "x = 1\nf'{x.__class__.__base__}'"),
    attack("simpleeval-fstring-globals", "def x():\n    pass\nf'{x.__globals__}'"),
    attack("simpleeval-str-__dict__", "str.__dict__"),
    attack("simpleeval-comprehension-class", "[a.__class__.__base__ for a in [1, 2, 3]]"),
    attack(
        "simpleeval-138-gi_frame",
        """
        def bar():
            yield 'x'
        bar().gi_frame.f_globals['__builtins__']['exec']('open(%r, "w")' % CANARY)
        """,
    ),
    attack(
        "simpleeval-138-cr_frame",
        """
        async def bar():
            return 1
        co = bar()
        co.cr_frame.f_globals['__builtins__']
        """,
    ),
    attack("simpleeval-genexpr-gi_code", "g = (x for x in [1])\ng.gi_code"),
    # --- RestrictedPython ------------------------------------------------------------------------
    attack(
        "RestrictedPython-string-Formatter",
        "import string\ndef f():\n    pass\nstring.Formatter().format('{0.__globals__}', f)",
    ),
    attack(
        "RestrictedPython-Formatter-get_field",
        "import string\nstring.Formatter().get_field('0.__class__', [1], {})",
    ),
    attack(
        "RestrictedPython-282-str-subclass-name",
        """
        class Sneaky(str):
            def startswith(self, prefix):
                return False
        getattr(1, Sneaky('__class__'))
        """,
    ),
    attack(
        "RestrictedPython-330-attrgetter", "import operator\noperator.attrgetter('__class__.__base__')(1)"
    ),
    # --- pynterp / Monty-style suites --------------------------------------------------------------
    attack("monty-mro-subclasses", "().__class__.__mro__[1].__subclasses__()"),
    attack(
        "monty-async-generator-ag_frame",
        "async def gen():\n    yield 1\ng = gen()\ng.ag_frame.f_globals",
    ),
    attack(
        "monty-type-getattribute-frame",
        """
        async def compute():
            return 1
        co = compute()
        type.__getattribute__(co.cr_frame, "f_globals")
        """,
    ),
    attack("monty-__builtins__-name", "__builtins__['eval']('1')"),
    attack("monty-globals", "globals()['__builtins__']"),
    attack("monty-locals", "locals()"),
    attack("monty-vars-module", "import json\nvars(json)"),
    attack("monty-dir-module", "import json\ndir(json)"),
    attack("monty-open-write", "open(CANARY, 'w').write('pwned')"),
    attack("monty-__import__", "__import__('os').system('touch ' + CANARY)"),
    attack("monty-exec", "exec('open(%r, \"w\")' % CANARY)"),
    attack("monty-eval", "eval('1 + 1')"),
    attack("monty-compile", "compile('1', '<x>', 'eval')"),
    attack("monty-breakpoint", "breakpoint()"),
    attack("monty-input", "input('> ')"),
    attack("monty-subprocess", "import subprocess\nsubprocess.run(['touch', CANARY])"),
    attack("monty-pickle", "import pickle\npickle.loads(b'cos\\nsystem\\n(S\"id\"\\ntR.')"),
    attack("monty-help-exit", "exit(0)"),
    attack("smolagents-setattr-dunder", "class A:\n    pass\nsetattr(A(), '__class__', int)"),
    attack("setattr-class-dunder", "class A:\n    pass\nsetattr(A, '__del__', lambda self: None)"),
    attack("monty-object-subclasses", "object.__subclasses__()"),
    attack("monty-module-dunder-names", "__loader__.load_module('os')"),
    # --- module shims: attribute walks into the real modules behind them -----------------------------
    attack("shim-json-decoder-scanner", "import json\njson.decoder.scanner.c_make_scanner"),
    attack("shim-re-sre_compile", "import re\nre.sre_compile.compile"),
    attack("shim-re-_compiler", "import re\nre._compiler"),
    attack("shim-re-pattern-class", "import re\nre.compile('a').__class__.__base__"),
    attack("shim-datetime-sys", "import datetime\ndatetime.sys.modules['os']"),
    attack("shim-statistics-sys", "import statistics\nstatistics.sys.modules['os']"),
    attack("shim-math-__loader__", "import math\nmath.__loader__.load_module('os')"),
    attack("shim-itertools-__spec__", "import itertools\nitertools.__spec__"),
    attack("shim-collections-abc-sys", "import collections\ncollections._sys.modules['os']"),
    attack("shim-functools-__globals__", "import functools\nfunctools.reduce.__globals__"),
    attack("shim-random-_inst", "import random\nrandom._inst.seed(1)"),
    attack("shim-time-_time", "import time\ntime.__dict__"),
    attack("shim-asyncio-get_event_loop", "import asyncio\nasyncio.get_event_loop()"),
    attack("shim-asyncio-get_running_loop", "import asyncio\nasyncio.get_running_loop().stop()"),
    attack(
        "shim-asyncio-subprocess-shell",
        "import asyncio\nawait asyncio.create_subprocess_shell('touch ' + CANARY)",
    ),
    attack("shim-asyncio-new_event_loop", "import asyncio\nasyncio.new_event_loop().run_forever()"),
    attack(
        "shim-asyncio-task-coro",
        "import asyncio\nt = asyncio.create_task(get_user(1))\nt.get_coro().cr_frame",
    ),
    attack("shim-asyncio-task-loop", "import asyncio\nt = asyncio.create_task(get_user(1))\nt.get_loop()"),
    attack("shim-asyncio-sleep-globals", "import asyncio\nasyncio.sleep.__globals__"),
    attack("shim-string-module-internals", "import string\nstring._re"),
    attack("import-non-allowlisted-module", "import socket\nsocket.socket()"),
    attack("import-relative", "from . import secrets"),
    attack("import-submodule", "import os.path\nos.path.exists('/')"),
    # --- exceptions and tracebacks ---------------------------------------------------------------------
    attack(
        "exception-__traceback__",
        "try:\n    raise ValueError('x')\nexcept ValueError as e:\n    e.__traceback__.tb_frame",
    ),
    attack(
        "tool-exception-traceback-host-frames",
        "try:\n    await get_user(0)\nexcept Exception as e:\n    e.__traceback__.tb_frame.f_globals",
    ),
    attack(
        "tool-exception-class-walk",
        "try:\n    await get_user(0)\nexcept Exception as e:\n    type(e).__init__.__globals__",
    ),
    attack("exception-class-subclasses", "Exception.__subclasses__()"),
    attack("exception-class-bases", "KeyError.__bases__[0].__bases__[0].__subclasses__()"),
    attack("exception-__reduce__", "ValueError('x').__reduce__()"),
    attack("int-__reduce_ex__", "(1).__reduce_ex__(2)"),
    # --- class-definition tricks ----------------------------------------------------------------------
    attack("class-metaclass", "class Meta(type):\n    pass\nclass X(metaclass=Meta):\n    pass\nX.__mro__"),
    attack(
        "class-__init_subclass__",
        """
        class Base:
            def __init_subclass__(cls, **kwargs):
                cls.leak = cls.__mro__
        class Child(Base):
            pass
        Child.__init_subclass__
        """,
    ),
    attack(
        "class-__class_getitem__",
        """
        class G:
            def __class_getitem__(cls, item):
                return cls.__mro__[-1].__subclasses__()
        G[int]
        """,
    ),
    attack(
        "class-__set_name__",
        """
        class Grab:
            def __set_name__(self, owner, name):
                self.owner = owner.__dict__
        class C:
            d = Grab()
        C.d.owner
        """,
    ),
    attack(
        "class-program-__getattr__",
        """
        class P:
            def __getattr__(self, name):
                return name
        P().__class__.__base__
        """,
    ),
    attack(
        "class-program-__getattribute__",
        """
        class P:
            def __getattribute__(self, name):
                return object.__getattribute__(self, name)
        P().x
        """,
    ),
    attack("class-__bases__-walk", "class A:\n    pass\nA.__bases__[0].__subclasses__()"),
    attack("class-mro-method", "class A:\n    pass\nA.mro()"),
    attack("class-type-three-args", "type('X', (), {'__getattr__': lambda s, n: n})"),
    attack(
        "super-getattribute",
        """
        class A:
            def f(self):
                return super().__getattribute__('__class__')
        A().f()
        """,
    ),
    attack(
        "super-init-globals",
        "class A:\n    def __init__(self):\n        pass\nsuper(A, A()).__init__.__globals__",
    ),
    # --- decorators, type() and constructor abuse ------------------------------------------------------
    attack("decorator-returns-code", "def deco(f):\n    return f.__code__\n@deco\ndef g():\n    pass"),
    attack("decorator-tool-globals", "@get_user.__globals__.get\ndef g():\n    pass"),
    attack("type-of-tool-constructor", "type(get_user)(get_user.__code__, {})"),
    attack("type-of-type-constructor", "type(type(1))('X', (), {}).__subclasses__()"),
    attack("type-of-tool-call", "type(get_user)('get_user')"),
    attack("type-of-module-call", "import json\ntype(json)('os')"),
    attack("type-of-function-call", "type(lambda: 0)()"),
    attack("type-of-builtin-call", "type(print)()"),
    attack("type-of-pattern-call", "import re\ntype(re.compile('a'))('b')"),
    attack(
        "type-of-bound-method-call", "class A:\n    def m(self):\n        return 1\ntype(A().m)(print, 1)"
    ),
    attack(
        "type-of-task-call",
        "import asyncio\nt = asyncio.create_task(get_user(1))\nawait t\ntype(t)(get_user(2)).get_loop()",
    ),
    attack("type-of-module", "import json\ntype(json)('os').__dict__"),
    # --- tool functions' internals and the values-only boundary -----------------------------------------
    attack("tool-__code__", "get_user.__code__"),
    attack("tool-__closure__", "get_user.__closure__[0].cell_contents"),
    attack("tool-__wrapped__-__self__", "get_user.__self__"),
    attack("tool-setattr", "get_user.cache = {}"),
    attack("tool-returns-module", "m = await leak_module()\nm.system('touch ' + CANARY)"),
    attack("tool-returns-callable", "opener = await leak_callable()\nopener(CANARY)"),
    attack("tool-returns-object", "obj = await leak_object()\nobj.write(CANARY)"),
    attack("tool-receives-program-function", "def cb(path):\n    return path\nawait call_back(cb)"),
    # --- mutating builtins and shims --------------------------------------------------------------
    attack("mutate-json-dumps", "import json\njson.dumps = lambda *a, **k: 'pwned'"),
    attack("mutate-math-pi", "import math\nmath.pi = 3"),
    attack("delete-shim-attribute", "import json\ndel json.loads"),
    attack("mutate-str-method", "str.upper = lambda self: 'pwned'"),
    attack("mutate-builtin-function-attr", "print.flush = None"),
    attack("mutate-exception-class", "ValueError.extra = 1"),
    # --- match/case class patterns look attributes up at runtime, outside the static check ------------
    attack("match-class-pattern-dunder", "match 1:\n    case int(__base__=c):\n        r = c\nr"),
    attack(
        "match-class-pattern-subclasses",
        "class A:\n    pass\nmatch A:\n    case type(__subclasses__=s):\n        r = s()\nr",
    ),
    attack(
        "match-class-pattern-tool-code",
        "Tool = type(get_user)\nmatch get_user:\n    case Tool(__code__=c):\n        r = c\nr",
    ),
    attack(
        "match-nested-class-pattern",
        "match 'x':\n    case str(__class__=type(__base__=b)):\n        r = b\nr",
    ),
    # --- obfuscated names ---------------------------------------------------------------------------
    attack("nfkc-fullwidth-exec", "ｅｘｅｃ('open(%r, \"w\")' % CANARY)"),
    attack("nfkc-fullwidth-dunder", "().__ｂａｓｅ__"),
    attack("format-built-field-name", "('{0.' + '_' * 2 + 'base__}').format(1)"),
    attack("format-gi_frame-field", "def g():\n    yield 1\n'{0.gi_frame}'.format(g())"),
    attack("percent-format-vars", "'%(x)s' % vars()"),
    # --- red team round 2 (issue 3): variants outside the first corpus --------------------------------
    # tool errors whose exception carries host objects (a module, an object, a closure)
    attack(
        "tool-error-args-hold-host-objects",
        "try:\n    await raise_host_objects()\nexcept Exception as e:\n    r = e.args\nr[0].system('touch ' + CANARY)",
    ),
    attack(
        "tool-error-args-call-host-closure",
        "try:\n    await raise_host_objects()\nexcept Exception as e:\n    r = e.args\nr[-1]()",
    ),
    attack(
        "tool-error-class-pattern-args",
        """
        try:
            await raise_host_objects()
        except Exception as e:
            match e:
                case Exception(args=(text,)):
                    text.system('touch ' + CANARY)
        """,
    ),
    attack(
        "task-exception-host-args",
        """
        import asyncio
        t = asyncio.create_task(raise_host_objects())
        try:
            await t
        except Exception:
            pass
        t.exception().args[0].system('touch ' + CANARY)
        """,
    ),
    attack(
        "task-result-host-module",
        "import asyncio\nt = asyncio.create_task(leak_module())\nawait t\nt.result()",
    ),
    attack("exception-with_traceback", "try:\n    1 / 0\nexcept Exception as e:\n    e.with_traceback(None)"),
    attack("exception-args-reassigned", "e = ValueError(1)\ne.args = (get_user,)\ne.args[0].__code__"),
    attack("exception-group-derive", "ExceptionGroup('m', [ValueError(1)]).derive([print])"),
    attack("attributeerror-obj", "try:\n    (1).foo\nexcept AttributeError as e:\n    e.obj"),
    attack(
        "stopiteration-value-host",
        "def g():\n    return print\n    yield 1\ntry:\n    next(g())\nexcept StopIteration as e:\n    r = e.value\nr.__self__",
    ),
    # coroutine and generator protocol objects: driving them by hand would expose the scheduler's yields
    attack("coroutine-send-tool-call", "c = get_user(1)\nc.send(None)"),
    attack("coroutine-send-program", "async def f():\n    return await get_user(1)\nf().send(None)"),
    attack("coroutine-throw", "async def f():\n    return await get_user(1)\nf().throw(ValueError)"),
    attack("coroutine-cr_await", "async def f():\n    return await get_user(1)\nf().cr_await"),
    attack(
        "generator-send-getattr-back",
        "def g():\n    x = yield 1\n    yield x\nk = g()\nnext(k)\nk.send(getattr)(1, '__base__')",
    ),
    attack("generator-gi_yieldfrom", "def g():\n    yield from [1]\nx = g()\nnext(x)\nx.gi_yieldfrom"),
    attack("await-program-__await__", "class A:\n    def __await__(self):\n        yield print\nawait A()"),
    attack("await-plain-generator", "def g():\n    yield print\nawait g()"),
    attack(
        "task-add_done_callback",
        "import asyncio\nt = asyncio.create_task(get_user(1))\nt.add_done_callback(print)",
    ),
    attack(
        "gather-future-set_result", "import asyncio\nf = asyncio.gather(get_user(1))\nf.set_result(print)"
    ),
    attack("current-task-get_coro", "import asyncio\nasyncio.current_task().get_coro()"),
    attack(
        "as-completed-cr_frame",
        "import asyncio\nfor f in asyncio.as_completed([get_user(1)]):\n    f.cr_frame",
    ),
    # class machinery: dunders assigned instead of defined, str subclasses as names, native bases
    attack("class-body-__del__-assigned", "class A:\n    __del__ = print\na = A()\ndel a"),
    attack("class-body-__getattr__-assigned", "class A:\n    __getattr__ = getattr\nA().x"),
    attack(
        "class-body-__init_subclass__-assigned",
        "class A:\n    __init_subclass__ = print\nclass B(A):\n    pass",
    ),
    attack("class-body-__class_getitem__-assigned", "class A:\n    __class_getitem__ = print\nA[1]"),
    attack("class-body-__slots__-dict", "class A:\n    __slots__ = ('__dict__',)\nA()"),
    attack(
        "copy-program-__reduce_ex__",
        "import copy\nclass A:\n    def __reduce_ex__(self, p):\n        return (print, ('x',))\ncopy.copy(A())",
    ),
    attack("copy-tool-function", "import copy\ncopy.deepcopy(get_user)"),
    attack("setattr-class-dunder-native", "class A:\n    pass\nsetattr(A, '__eq__', print)\nA() == 1"),
    attack("setattr-class-init-tool", "class A:\n    pass\nsetattr(A, '__init__', get_user)\nA()"),
    attack(
        "setattr-str-subclass-name",
        """
        class S(str):
            def startswith(self, prefix):
                return False
        class A:
            pass
        setattr(A, S('__init__'), print)
        A()
        """,
    ),
    attack(
        "getattr-str-subclass-eq-hash",
        """
        class S(str):
            def __eq__(self, other):
                return True
            def __hash__(self):
                return hash('real')
        getattr(1, S('__class__'))
        """,
    ),
    attack(
        "init-kwargs-setattr-dunder",
        "class A:\n    def __init__(self, **kw):\n        for k, v in kw.items():\n            setattr(self, k, v)\nA(**{'__class__': int})",
    ),
    attack("super-with-arguments", "super(int, 1).bit_length"),
    attack("class-base-tool", "class A(get_user):\n    pass"),
    attack("class-base-native-function-type", "class A(type(print)):\n    pass"),
    attack("class-base-module-type", "import json\nclass A(type(json)):\n    pass\nA('x', {})"),
    attack("class-base-type", "class A(type):\n    pass"),
    attack("class-base-task", "import asyncio\nclass T(asyncio.Task):\n    pass"),
    attack(
        "counter-subclass-__missing__-host",
        "import collections\nclass C(collections.Counter):\n    def __missing__(self, k):\n        return print\nC()['x'].__self__",
    ),
    attack(
        "namedtuple-typename-injection",
        "import collections\ncollections.namedtuple('P(): pass\\nimport os#', 'x')",
    ),
    attack("namedtuple-dunder-field", "import collections\ncollections.namedtuple('P', ['__class__'])(1)"),
    # interpreter-owned objects: their Python fields are not program attributes
    attack(
        "match-native-function-field", "match print:\n    case type(print)(function=f):\n        r = f\nr"
    ),
    attack(
        "match-bound-method-receiver",
        "m = [].append\nmatch m:\n    case type(m)(receiver=r, function=f):\n        x = f\nx",
    ),
    attack(
        "match-shim-members", "import json\nmatch json:\n    case type(json)(members=m):\n        x = m\nx"
    ),
    attack("getattr-shim-members", "import json\ngetattr(json, 'members')"),
    attack("getattr-tool-spec", "getattr(get_user, 'spec')"),
    attack("program-function-fields", "def f():\n    pass\n[f.code, f.closure, f.defaults]"),
    attack("native-function-rewrapped-getattr", "NF = type(print)\nNF('g', getattr)(1, '__class__')"),
    attack("bound-method-rewrapped-getattr", "BM = type([].append)\nBM('x', get_user, getattr)('__code__')"),
    attack("staticmethod-of-getattr", "class A:\n    f = staticmethod(getattr)\nA.f(1, '__base__')"),
    attack("property-of-getattr", "class A:\n    p = property(getattr)\nA().p"),
    attack("lambda-default-getattr", "f = lambda g=getattr: g(1, '__base__')\nf()"),
    attack("rebound-builtin-getattr", "print = getattr\nprint(1, '__base__')"),
    # module shims: callables handed to hooks, wrappers' internals
    attack(
        "functools-reduce-getattr",
        "import functools\nfunctools.reduce(getattr, ['__class__', '__base__'], 1)",
    ),
    attack("functools-partial-func", "import functools\nfunctools.partial(print, 1).func.__self__"),
    attack(
        "functools-lru_cache-__wrapped__",
        "import functools\n@functools.lru_cache\ndef f(x):\n    return x\nf.__wrapped__",
    ),
    attack("functools-cmp_to_key-obj", "import functools\nfunctools.cmp_to_key(lambda a, b: 0)(1).obj"),
    attack(
        "operator-attrgetter-dotted", "import operator\noperator.attrgetter('real.__class__.__base__')(1)"
    ),
    attack("operator-methodcaller-dunder", "import operator\noperator.methodcaller('__reduce__')(1)"),
    attack(
        "itertools-starmap-getattr", "import itertools\nlist(itertools.starmap(getattr, [(1, '__base__')]))"
    ),
    attack("re-sub-callable-match-internals", "import re\nre.sub('a', lambda m: m.re.__class__, 'a')"),
    attack("re-pattern-scanner", "import re\nre.compile('a').scanner('a')"),
    attack("re-flag-debug", "import re\nre.compile('a', re.DEBUG)"),
    attack("json-object_hook", "import json\njson.loads('{\"a\": 1}', object_hook=print)"),
    attack("json-parse_float", "import json\njson.loads('1.5', parse_float=print)"),
    attack(
        "json-cls-encoder",
        "import json\nclass E:\n    def __init__(self, **kw):\n        self.kw = kw\njson.dumps(1, cls=E)",
    ),
    attack("json-default-walk", "import json\njson.dumps(print, default=lambda o: o.__self__)"),
    attack(
        "datetime-tzinfo-subclass",
        "import datetime\nclass TZ(datetime.tzinfo):\n    pass\ndatetime.datetime.now(TZ())",
    ),
    attack("datetime-replace-tzinfo-host", "import datetime\ndatetime.datetime.now().replace(tzinfo=print)"),
    attack("string-Template-pattern", "import string\nstring.Template.pattern"),
    attack("random-Random-class", "import random\nrandom.Random(1).__class__.__base__"),
    attack("random-SystemRandom", "import random\nrandom.SystemRandom().random()"),
    attack(
        "random-seed-identity-hash", "import random\nclass A:\n    pass\nrandom.seed(A())\nrandom.random()"
    ),
    attack("typing-get_type_hints", "import typing\ntyping.get_type_hints(print)"),
    attack("typing-alias-__origin__", "import typing\ntyping.List[int].__origin__"),
    attack("heapq-merge-key-getattr", "import heapq\nlist(heapq.merge([1], [2], key=getattr))"),
    attack("vars-of-the-local-namespace", "x = 1\nvars()"),
    attack("memoryview", "memoryview(b'x')"),
    attack("open-read", "open('/etc/passwd').read()"),
    attack("dunder-build_class", "__build_class__"),
    attack("dunder-file", "__file__"),
    attack("function-__defaults__", "def f(x=1):\n    pass\nf.__defaults__"),
    attack("class-__module__", "class A:\n    pass\nA.__module__"),
    # A CancelledError the *program* raises or causes must not leave run() raw: the caller could not
    # tell it from its own cancellation (a workflow would look cancelled). Only §3.4's leaves raw.
    attack("program-raises-CancelledError", "import asyncio\nraise asyncio.CancelledError()"),
    attack(
        "program-cancels-awaited-task",
        "import asyncio\nt = asyncio.create_task(asyncio.sleep(1))\nt.cancel()\nawait t",
    ),
    attack(
        "program-cancels-itself", "import asyncio\nasyncio.current_task().cancel()\nawait asyncio.sleep(0)"
    ),
    # The report of a tool error must not quote reprs of host objects in the host exception's args.
    attack("tool-error-report-quotes-host-reprs", "await raise_host_objects()"),
    attack(
        "result-repr-raises-CancelledError",
        "import asyncio\nclass A:\n    def __repr__(self):\n        raise asyncio.CancelledError()\nA()",
    ),
    attack(
        "print-str-raises-CancelledError",
        "import asyncio\nclass A:\n    def __str__(self):\n        raise asyncio.CancelledError()\nprint(A())",
    ),
    attack(
        "generator-throw-CancelledError",
        "import asyncio\ndef g():\n    yield 1\nk = g()\nnext(k)\nk.throw(asyncio.CancelledError)",
    ),
]


def leak_tools(canary: Path) -> dict[str, Any]:
    """Tools that try to push host objects across the values-only boundary."""

    async def leak_module() -> Any:
        return os

    async def leak_callable() -> Any:
        return lambda path: Path(path).write_text("pwned")

    class Writer:
        def write(self, path: str) -> None:
            Path(path).write_text("pwned")

    async def leak_object() -> Any:
        return Writer()

    async def call_back(fn: Any) -> Any:
        return fn(str(canary))

    class HostError(Exception):
        pass

    async def raise_host_objects() -> Any:
        raise HostError(os, Writer(), lambda: Path(canary).write_text("pwned"))

    return {f.__name__: f for f in (leak_module, leak_callable, leak_object, call_back, raise_host_objects)}


def test_attack_corpus_is_large_enough() -> None:
    assert len(ATTACKS) >= 60


@pytest.mark.parametrize("code", ATTACKS)
async def test_escape_attempt_fails_cleanly(code: str, tmp_path: Path) -> None:
    canary = tmp_path / "canary"
    program = code.replace("CANARY", repr(str(canary)))
    world = FakeWorld()
    tools = {**world.tools(), **leak_tools(canary)}
    with pytest.raises(PtcError) as caught:
        await asyncio.wait_for(
            ptc_interpreter.run(program, tools=tools, limits=ptc_interpreter.Limits(max_steps=100_000)),
            timeout=30,
        )
    error = caught.value
    assert not isinstance(error, (PtcInternalError, PtcLimitError)), str(error)
    assert isinstance(error, (PtcSyntaxError, PtcRuntimeError))
    assert not canary.exists(), "the escape had a side effect"
    assert world.files == {} and world.outbox == []
    report = str(error)
    assert "Traceback (most recent call last)" not in report, "host traceback leaked into the report"
    assert " at 0x" not in report, "memory address leaked into the report"
    assert "/ptc_interpreter/" not in report and "site-packages" not in report, "host paths leaked"


async def test_shim_mutation_does_not_leak_into_later_runs() -> None:
    for attempt in (
        "import json\njson.dumps = len",
        "import math\nmath.pi = 3",
        "import json\ndel json.loads",
    ):
        with pytest.raises(PtcError):
            await ptc_interpreter.run(attempt, tools={})
    result = await ptc_interpreter.run(
        "import json, math\n[json.dumps([1]), math.pi, json.loads('2')]", tools={}
    )
    assert result.value == ["[1]", 3.141592653589793, 2]


async def test_no_memory_addresses_in_reprs() -> None:
    """A repr with an address differs between processes, so it would break replay determinism."""
    program = textwrap.dedent(
        """
        import asyncio, json
        class A:
            pass
        def f():
            pass
        async def g():
            return 1
        t = asyncio.create_task(g())
        await t
        import collections, itertools, re
        values = [A(), A, f, lambda: 0, json, print, get_user, t, ValueError("v"), [].append, "".upper,
                  iter([]), reversed([]), map(str, []), filter(None, []), zip(), enumerate([]),
                  (x for x in []), {}.keys(), itertools.count(), re.compile("a").match, json.dumps,
                  asyncio.sleep, get_user(1), collections.Counter, g()]
        [text for v in values for text in (repr(v), str(v), "{}".format(v), f"{v!r}", "%s" % (v,))]
        """
    )
    result = await ptc_interpreter.run(program, tools=FakeWorld().tools())
    for text in result.value:
        assert "0x" not in text, text


async def test_program_cannot_suppress_outside_cancellation() -> None:
    """Issue 3, cancellation: the program may observe it but cannot swallow it and keep the worker busy."""
    program = textwrap.dedent(
        """
        import asyncio
        try:
            await slow_echo("wait", delay=30)
        except asyncio.CancelledError:
            pass
        while True:
            await asyncio.sleep(0)
        """
    )
    run = asyncio.create_task(ptc_interpreter.run(program, tools=FakeWorld().tools()))
    await asyncio.sleep(0.05)
    run.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(run, timeout=5)


PLAIN_SCALARS = (type(None), bool, int, float, str, bytes)


def assert_plain_data(value: object) -> None:
    if isinstance(value, PLAIN_SCALARS):
        return
    if isinstance(value, dict):
        for key, item in value.items():  # type: ignore[union-attr]
            assert_plain_data(key)
            assert_plain_data(item)
        return
    assert isinstance(value, (list, tuple, set, frozenset, OrderedSet, FrozenOrderedSet)), (
        f"{type(value).__name__} is not plain data"
    )
    for item in value:  # type: ignore[union-attr]
        assert_plain_data(item)


async def test_result_never_hands_program_objects_to_the_host() -> None:
    """The values-only boundary holds for the run's result too: host code that compares, hashes or
    serialises `result.value` (payload converters, JSON encoders) must never execute program code
    after the run, outside its budget and position tracking."""
    program = textwrap.dedent(
        """
        class Sticky:
            def __eq__(self, other):
                while True:
                    pass
            def __hash__(self):
                while True:
                    pass
            def __repr__(self):
                return "Sticky()"
        def f():
            return 1
        [Sticky(), {"k": Sticky()}, f]
        """
    )
    try:
        result = await ptc_interpreter.run(program, tools={})
    except PtcError as error:
        assert not isinstance(error, PtcInternalError), str(error)
        return
    assert_plain_data(result.value)
