"""Model-style programs (generators, builtins, classes as models write them), each minimised to one
behaviour, give CPython's results."""

from __future__ import annotations

import ptc_interpreter
from ptc_reference import assert_same_as_cpython


async def test_generator_send_and_close() -> None:
    await assert_same_as_cpython(
        "def countdown(n):\n"
        "    while n > 0:\n"
        "        step = yield n\n"
        "        n -= 1 if step is None else step\n"
        "g = countdown(10)\n"
        "seen = [next(g), g.send(3), g.send(None)]\n"
        "g.close()\n"
        "[seen, list(g), next(iter((x for x in [1]))), (x for x in [2]).send(None)]"
    )


async def test_yield_from_forwards_sent_values() -> None:
    await assert_same_as_cpython(
        "def inner():\n"
        "    got = yield 1\n"
        "    yield got * 2\n"
        "def outer():\n"
        "    yield from inner()\n"
        "g = outer()\n"
        "[next(g), g.send(21)]"
    )


async def test_format_with_empty_spec_calls_the_programs_format() -> None:
    await assert_same_as_cpython(
        "class Temp:\n"
        "    def __init__(self, c):\n"
        "        self.c = c\n"
        "    def __format__(self, spec):\n"
        "        return f'{self.c:{spec or \".1f\"}}C'\n"
        "t = Temp(21.456)\n"
        "[f'{t}', f'{t:.2f}', '{}'.format(t), format(t), f'{t!s:>3}'[:1]]"
    )


async def test_functools_wraps_names_each_wrapper_like_its_function() -> None:
    await assert_same_as_cpython(
        "import functools\n"
        "def tagged(fn):\n"
        "    @functools.wraps(fn)\n"
        "    def wrapper(*args, **kwargs):\n"
        "        return (fn.__name__, fn(*args, **kwargs))\n"
        "    return wrapper\n"
        "@tagged\n"
        "def one(x):\n"
        "    return x + 1\n"
        "@tagged\n"
        "def two(x, y=2):\n"
        "    return x * y\n"
        "[one.__name__, two.__name__, one(1), two(3), two(3, y=5)]"
    )


async def test_functools_total_ordering_fills_in_the_comparisons() -> None:
    await assert_same_as_cpython(
        "from functools import total_ordering\n"
        "@total_ordering\n"
        "class V:\n"
        "    def __init__(self, n):\n"
        "        self.n = n\n"
        "    def __eq__(self, other):\n"
        "        return self.n == other.n\n"
        "    def __lt__(self, other):\n"
        "        return self.n < other.n\n"
        "[V(1) <= V(1), V(2) >= V(3), V(2) > V(1), [v.n for v in sorted([V(3), V(1)])]]"
    )


async def test_string_template() -> None:
    await assert_same_as_cpython(
        "from string import Template\n"
        "t = Template('Hi $name, ${n}x costs $$5; $missing')\n"
        "out = [t.safe_substitute(name='Bo', n=[1]), t.substitute({'name': 'A', 'missing': 2.5}, n=3)]\n"
        "out += [t.template, t.get_identifiers(), t.is_valid(), Template('$ 1').is_valid()]\n"
        "for bad in [Template('a\\n  $ b').substitute, t.substitute]:\n"
        "    try:\n"
        "        bad(name='x')\n"
        "    except (ValueError, KeyError) as e:\n"
        "        out.append((type(e).__name__, str(e)))\n"
        "out.append(Template('$a and $').safe_substitute(a=True))\n"
        "[out, isinstance(t, Template)]"
    )


async def test_lru_cache_info_counts_hits_and_misses() -> None:
    await assert_same_as_cpython(
        "import functools\n"
        "@functools.lru_cache(maxsize=2)\n"
        "def square(n):\n"
        "    return n * n\n"
        "values = [square(2), square(3), square(2), square(4), square(3)]\n"
        "info = square.cache_info()\n"
        "square.cache_clear()\n"
        "[values, repr(info), info.hits, info.currsize, repr(square.cache_info()), tuple(info)]"
    )


async def test_random_instance_with_a_seed_draws_like_cpython() -> None:
    await assert_same_as_cpython(
        "import random\n"
        "rng = random.Random(42)\n"
        "draws = [rng.randint(1, 100), rng.random(), rng.choice('abcdef'), rng.sample(range(50), 3)]\n"
        "items = list(range(8))\n"
        "rng.shuffle(items)\n"
        "rng.seed('again')\n"
        "[draws, items, rng.uniform(1, 2), isinstance(rng, random.Random), random.Random(7).random()]"
    )


async def test_unseeded_random_instances_are_independent_and_reproducible() -> None:
    source = "import random\n[random.Random().random() for _ in range(2)]"
    first, second = await ptc_interpreter.run(source), await ptc_interpreter.run(source)
    assert first.value == second.value
    assert first.value[0] != first.value[1]


async def test_re_sub_function_returning_none_removes_the_match() -> None:
    await assert_same_as_cpython(
        "import re\n"
        "[re.sub(r'\\d', lambda m: None if m.group() == '1' else '#', 'a1b2'), re.subn('x', lambda m: None, 'xax')]"
    )


async def test_more_builtin_exception_classes_can_be_raised_and_caught() -> None:
    await assert_same_as_cpython(
        "caught = []\n"
        "for cls in [ConnectionRefusedError, ConnectionResetError, FileExistsError, IOError, EOFError, ImportError, UserWarning]:\n"
        "    try:\n"
        "        raise cls('boom')\n"
        "    except (OSError, EOFError, ImportError, Warning) as e:\n"
        "        caught.append((type(e).__name__, str(e), isinstance(e, ConnectionError)))\n"
        "[caught, IOError is OSError, issubclass(ModuleNotFoundError, ImportError)]"
    )


async def test_tool_raising_a_connection_error_subclass_keeps_its_class() -> None:
    async def fetch_page(url: str) -> str:
        raise ConnectionResetError(f"reset by peer: {url}")

    await assert_same_as_cpython(
        "try:\n"
        "    await fetch_page(url='x')\n"
        "except ConnectionResetError as e:\n"
        "    r = [type(e).__name__, str(e)]\n"
        "r",
        {"fetch_page": fetch_page},
    )


async def test_reusing_an_awaited_coroutine_says_what_cpython_says() -> None:
    await assert_same_as_cpython(
        "async def f():\n"
        "    return 1\n"
        "c = f()\n"
        "await c\n"
        "try:\n"
        "    await c\n"
        "except RuntimeError as e:\n"
        "    r = str(e)\n"
        "r"
    )


async def test_date_timetuple() -> None:
    await assert_same_as_cpython(
        "from datetime import date, datetime, timezone\n"
        "t = datetime(2024, 12, 31, 13, 5, tzinfo=timezone.utc)\n"
        "[date(2024, 12, 31).timetuple().tm_yday, tuple(datetime(2024, 3, 1, 8).timetuple()), t.timetuple().tm_hour,\n"
        " tuple(t.utctimetuple())]"
    )


async def test_copy_and_deepcopy_of_program_instances() -> None:
    await assert_same_as_cpython(
        "import copy\n"
        "class Cart:\n"
        "    def __init__(self, owner):\n"
        "        self.owner = owner\n"
        "        self.items = [{'sku': 1}]\n"
        "        self.me = self\n"
        "    def __len__(self):\n"
        "        return len(self.items)\n"
        "a = Cart('ann')\n"
        "b, c = copy.copy(a), copy.deepcopy(a)\n"
        "b.items.append({'sku': 2})\n"
        "c.items[0]['sku'] = 9\n"
        "c.owner = 'cid'\n"
        "[a.items, c.items, a.owner, c.owner, b.items is a.items, c.me is c, b.me is a, type(c).__name__, len(c),\n"
        " copy.deepcopy([a, a])[0] is copy.deepcopy([a, a])[1]]"
    )


async def test_more_special_methods_of_program_classes() -> None:
    await assert_same_as_cpython(
        "class Bits:\n"
        "    def __init__(self, v):\n"
        "        self.v = v\n"
        "    def __lshift__(self, n): return Bits(self.v << n)\n"
        "    def __rshift__(self, n): return Bits(self.v >> n)\n"
        "    def __invert__(self): return Bits(~self.v)\n"
        "    def __rand__(self, o): return Bits(o & self.v)\n"
        "    def __ror__(self, o): return Bits(o | self.v)\n"
        "    def __rxor__(self, o): return Bits(o ^ self.v)\n"
        "    def __rpow__(self, o): return Bits(o ** self.v)\n"
        "    def __matmul__(self, o): return self.v * o.v\n"
        "    def __iadd__(self, n):\n"
        "        self.v += n\n"
        "        return self\n"
        "    def __isub__(self, n):\n"
        "        self.v -= n\n"
        "        return self\n"
        "    def __imul__(self, n):\n"
        "        self.v *= n\n"
        "        return self\n"
        "    def __int__(self): return self.v\n"
        "    def __float__(self): return self.v / 2\n"
        "    def __round__(self, n=None): return ('round', n)\n"
        "    def __reversed__(self): return iter([3, 2, 1])\n"
        "b = Bits(6)\n"
        "same = b\n"
        "b += 1\n"
        "b -= 2\n"
        "b *= 3\n"
        "[(b << 2).v, (b >> 1).v, (~b).v, (3 & b).v, (8 | b).v, (1 ^ b).v, (2 ** Bits(3)).v, b @ Bits(2),\n"
        " same is b, int(b), float(b), round(b), round(b, 2), list(reversed(b))]"
    )


async def test_generator_throw_and_stop_iteration_value() -> None:
    await assert_same_as_cpython(
        "def g():\n"
        "    try:\n"
        "        yield 1\n"
        "    except ValueError as e:\n"
        "        yield f'caught {e}'\n"
        "    return 'done'\n"
        "def outer():\n"
        "    result = yield from g()\n"
        "    yield result\n"
        "it = outer()\n"
        "out = [next(it), it.throw(ValueError('boom')), next(it)]\n"
        "it = g()\n"
        "next(it)\n"
        "next(it, None)\n"
        "try:\n"
        "    next(it)\n"
        "except StopIteration as e:\n"
        "    out.append(e.value)\n"
        "it = g()\n"
        "next(it)\n"
        "try:\n"
        "    it.throw(KeyError)\n"
        "except KeyError as e:\n"
        "    out.append(repr(e))\n"
        "out"
    )


async def test_os_error_attributes() -> None:
    await assert_same_as_cpython(
        "e = FileNotFoundError(2, 'No such file', 'a.txt')\n"
        "[e.errno, e.strerror, e.filename, str(e), OSError('x').errno, e.args]"
    )


async def test_functions_carry_program_attributes() -> None:
    await assert_same_as_cpython(
        "import functools\n"
        "def counted(fn):\n"
        "    @functools.wraps(fn)\n"
        "    def wrapper(*args):\n"
        "        wrapper.calls += 1\n"
        "        return fn(*args)\n"
        "    wrapper.calls = 0\n"
        "    return wrapper\n"
        "@counted\n"
        "def square(x):\n"
        "    return x * x\n"
        "def tagged():\n"
        "    return 1\n"
        "tagged.label = 'x'\n"
        "values = [square(2), square(3)]\n"
        "out = [values, square.calls, square.__name__, tagged.label, hasattr(tagged, 'other'), getattr(tagged, 'label')]\n"
        "del tagged.label\n"
        "out + [hasattr(tagged, 'label')]"
    )


async def test_program_attributes_on_builtin_exceptions() -> None:
    await assert_same_as_cpython(
        "def fail(status):\n"
        "    error = RuntimeError(f'HTTP {status}')\n"
        "    error.status = status\n"
        "    error.retryable = status >= 500\n"
        "    raise error\n"
        "out = []\n"
        "for status in (404, 503):\n"
        "    try:\n"
        "        fail(status)\n"
        "    except RuntimeError as e:\n"
        "        out.append((str(e), e.status, e.retryable, getattr(e, 'missing', None), hasattr(e, 'status')))\n"
        "e = KeyError('k')\n"
        "setattr(e, 'note', 1)\n"
        "del e.note\n"
        "out + [hasattr(e, 'note')]"
    )


async def test_lru_cache_on_methods_and_cached_property() -> None:
    await assert_same_as_cpython(
        "import functools\n"
        "class Pricing:\n"
        "    def __init__(self, rate):\n"
        "        self.rate = rate\n"
        "        self.computed = 0\n"
        "    @functools.lru_cache(maxsize=32)\n"
        "    def price(self, qty):\n"
        "        self.computed += 1\n"
        "        return qty * self.rate\n"
        "    @functools.cached_property\n"
        "    def table(self):\n"
        "        self.computed += 100\n"
        "        return [self.price(q) for q in range(3)]\n"
        "p = Pricing(2)\n"
        "out = [p.price(3), p.price(3), p.table, p.table, p.computed, Pricing(5).price(3)]\n"
        "p.table = 'set'\n"
        "out.append(p.table)\n"
        "del p.table\n"
        "out + [p.table, p.computed]"
    )
