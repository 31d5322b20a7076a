"""`decimal` and `fractions`: CPython's values, reprs, errors and context semantics; a program's
contexts are its own (per run, per task as with contextvars) and never the host's; big precisions,
exponents and powers are refused or charged before they are computed."""

from __future__ import annotations

import decimal

import ptc_interpreter
import pytest
from ptc_reference import assert_same_as_cpython

SAME_AS_CPYTHON = [
    "from decimal import Decimal as D\n[repr(D('1.10')), str(D('1.10') + 1), str(D('0.1') * 3), str(1 - D('0.25')),"
    " str(D(1) / D(7)), str(D(10) // D(3)), str(D(-7) % D(3)), str(D(2) ** 10), str(-D('1.5')), str(abs(D('-2')))]",
    "from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING\n"
    "[str(D('2.675').quantize(D('0.01'), rounding=r)) for r in (ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN,"
    " ROUND_CEILING)]",
    "from decimal import Decimal as D\n[f'{D(\"3.14159\"):.2f}', f'{D(\"1234567.891\"):,.2f}', f'{D(\"0.5\"):%}',"
    " f'{D(\"12345.678\"):e}', f'{D(\"1.5\"):>8}', format(D('1234.5'), 'n'), f'{D(\"-0\"):+.1f}', f'{D(2):010.3f}']",
    "from decimal import Decimal as D\n[str(D('1e5').normalize()), str(D('100').normalize()), str(D('1.30').normalize()),"
    " str(D('123.456').to_integral_value()), D('1e3').to_eng_string(), str(D('12345').scaleb(-2)),"
    " str(D(2).sqrt()), str(D(10).ln()), str(D(100).log10()), str(D(1).exp())]",
    "from decimal import Decimal as D\n(repr(D('1.10').as_tuple()), D('-0.5').as_tuple().sign, D('1e5').as_integer_ratio(),"
    " D('0.125').as_integer_ratio(), D('NaN').is_nan(), D('-inf').is_infinite(), D('sNaN').is_snan(),"
    " D('0.00').is_zero(), D('-1').is_signed(), D('1.5').adjusted(), D('1.5').number_class())",
    "from decimal import Decimal as D\n(int(D('12.7')), int(D('-12.7')), float(D('1.25')), round(D('2.5')),"
    " round(D('3.5')), str(round(D('2.567'), 2)), bool(D(0)), bool(D('0.1')), str(D(0.1)), str(D(10 ** 30)))",
    "import math\nfrom decimal import Decimal as D\n(math.floor(D('-1.5')), math.ceil(D('1.2')), math.trunc(D('-1.7')),"
    " math.sqrt(D('2.25')), math.isclose(D('0.1'), 0.1))",
    "from decimal import Decimal as D\nfrom fractions import Fraction as F\n(D('0.5') == F(1, 2), D('0.5') < 1.0,"
    " D('1.1') == 1.1, D(1) == 1, hash(D('1.5')) == hash(1.5), hash(D(2)) == hash(2), hash(D('0.5')) == hash(F(1, 2)),"
    " sorted([D('1.5'), 1, F(1, 3), 0.75]) == [F(1, 3), 0.75, 1, D('1.5')], {D('1.0'): 'a'}[1])",
    "from decimal import Decimal as D, getcontext, localcontext\ngetcontext().prec = 5\na = str(D(1) / D(7))\n"
    "with localcontext() as c:\n    c.prec = 3\n    b = str(D(2).sqrt())\n(a, b, str(D(2).sqrt()), getcontext().prec)",
    "import decimal\nfrom decimal import Decimal as D\nc = decimal.Context(prec=3, rounding=decimal.ROUND_DOWN,"
    " traps=[decimal.Inexact])\ntry:\n    c.divide(D(1), D(3))\nexcept decimal.Inexact as e:\n    r = (str(e), repr(c))\n"
    "(r, c.flags[decimal.Inexact], c.traps[decimal.Overflow], str(c.add(D('1.2'), 1)), str(c.create_decimal('1.23')))",
    "import decimal\nfrom decimal import Decimal as D\ntry:\n    D('abc')\nexcept decimal.InvalidOperation as e:\n"
    "    a = (type(e).__name__, str(e))\ntry:\n    D(1) / 0\nexcept ZeroDivisionError as e:\n"
    "    b = (type(e).__name__, str(e))\ntry:\n    D('nan') < 1\nexcept decimal.InvalidOperation as e:\n"
    "    c = str(e)\n(a, b, c)",
    "import decimal\ndecimal.getcontext().traps[decimal.InvalidOperation] = False\nfrom decimal import Decimal as D\n"
    "(str(D('abc')), str(D(-1).sqrt()), D('nan') < 1, str(D(0) / D(0)) if False else 0)",
    "import decimal\ndecimal.getcontext().traps[decimal.DivisionByZero] = False\n(str(decimal.Decimal(1) / 0),"
    " decimal.getcontext().flags[decimal.DivisionByZero])",
    "import decimal\nc = decimal.getcontext()\n(repr(c), repr(decimal.Context()), repr(decimal.BasicContext),"
    " repr(decimal.ExtendedContext), c.Etiny(), c.Etop(), decimal.MAX_PREC, decimal.ROUND_HALF_EVEN)",
    "import decimal\ntry:\n    decimal.Decimal(1) + 1.5\nexcept TypeError as e:\n    a = str(e)\ntry:\n"
    "    decimal.Decimal([])\nexcept ValueError as e:\n    b = str(e)\ntry:\n    decimal.setcontext(1)\n"
    "except TypeError as e:\n    c = str(e)\ntry:\n    decimal.Decimal(1).quantize(1.5)\nexcept TypeError as e:\n"
    "    d = str(e)\n(a, b, c, d)",
    "import decimal\nd = decimal.Decimal('1.5')\n(type(d).__name__, repr(type(d)), isinstance(d, decimal.Decimal),"
    " type(d) is decimal.Decimal, repr(decimal.Context), isinstance(decimal.getcontext(), decimal.Context))",
    "from decimal import Decimal as D\n(str(sum([D('0.1')] * 10)), str(max(D('1.5'), D('1.50'))), repr(D((1, (1, 2), -1))),"
    " repr(D.from_float(0.5)), repr(D(' 1_000.5 ')), str(D('-0')), str(D('1E+2') + 0), str(D(7).compare(D(8))))",
    "from decimal import Decimal as D\nimport decimal\nwith decimal.localcontext(prec=50, rounding=decimal.ROUND_HALF_UP) as c:\n"
    "    a = str(D(1) / 7)\n(a, c.prec, decimal.getcontext().prec)",
    "from fractions import Fraction as F\n[repr(F(1, 3)), str(F(1, 3)), str(F(6, 4)), str(F(3)), repr(F('3/4')), repr(F(' -1.25 ')),"
    " repr(F(0.25)), repr(F('1e-3')), repr(F(F(1, 2), F(1, 3)))]",
    "from fractions import Fraction as F\n[repr(x) for x in [F(1, 3) + F(1, 6), F(1, 3) * 3, F(1, 3) - 1, 2 / F(4), F(1, 3) ** 2, F(4, 9) ** -1,"
    " F(7, 2) // 1, F(7, 2) % 1, divmod(F(7, 2), F(1, 3)), F(1, 2) + 0.5, F(4) ** F(1, 2), 2 ** F(2)]]",
    "from fractions import Fraction as F\nimport math\n(repr(F(3.14159).limit_denominator(100)), F(1, 3).numerator, F(1, 3).denominator,"
    " math.floor(F(7, 2)), math.ceil(F(7, 2)), round(F(7, 2)), round(F(5, 2)), repr(round(F(1, 3), 2)), math.sqrt(F(1, 4)),"
    " float(F(1, 8)), int(F(-7, 2)), F(1, 3) < 0.5, F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), F(1, 3).as_integer_ratio())",
    "from fractions import Fraction as F\nfrom decimal import Decimal as D\nlist(map(repr, (F(D('1.5')), F.from_float(0.1),"
    " F.from_decimal(D('0.25')), sum([F(1, 2), F(1, 3)]), sorted([F(2, 3), F(1, 2)]), bool(F(0)), abs(F(-1, 2)), -F(1, 2),"
    " type(F(1)).__name__)))",
    "from fractions import Fraction as F\nfrom decimal import Decimal as D\nout = []\n"
    "for f in (lambda: F(1, 0), lambda: F('x'), lambda: F(1) + D(1), lambda: F(1.5, 2), lambda: f'{F(1, 3):.2f}',"
    " lambda: F(float('nan')), lambda: F(object())):\n    try:\n        f()\n    except Exception as e:\n"
    "        out.append((type(e).__name__, str(e)))\nout",
]


@pytest.mark.parametrize("source", SAME_AS_CPYTHON)
async def test_same_as_cpython(source: str) -> None:
    await assert_same_as_cpython(source)


_TASKS = """
import asyncio
from decimal import Decimal, getcontext, localcontext

async def child(prec):
    getcontext().prec = prec
    await asyncio.sleep(0)
    return str(Decimal(1) / Decimal(7)), getcontext().prec

async def localised(prec):
    with localcontext() as c:
        c.prec = prec
        await asyncio.sleep(0)
        return str(Decimal(2).sqrt())

first = await asyncio.gather(child(3), child(6))
second = await asyncio.gather(localised(4), localised(8))
prec_before_shared = getcontext().prec
getcontext().prec = 10
await asyncio.create_task(child(2))
(first, second, prec_before_shared, getcontext().prec)
"""


async def test_tasks_see_contexts_as_with_contextvars() -> None:
    """Tasks made before the parent touched its context get their own; tasks made after it share
    the parent's context object (CPython copies the context variable, not the context)."""
    await assert_same_as_cpython(_TASKS)


async def test_nothing_a_program_sets_reaches_the_host_or_the_next_run() -> None:
    host_before = repr(decimal.getcontext())
    await ptc_interpreter.run(
        "import decimal\nc = decimal.getcontext()\nc.prec = 3\nc.rounding = decimal.ROUND_UP\n"
        "c.traps[decimal.Inexact] = True\ndecimal.DefaultContext.prec = 2\n"
        "decimal.setcontext(decimal.Context(prec=4))\ndecimal.Decimal(1) / 3"
    )
    assert repr(decimal.getcontext()) == host_before
    assert str(decimal.Decimal(1) / decimal.Decimal(7)) == "0.1428571428571428571428571429"
    canary = await ptc_interpreter.run(
        "import decimal\n(repr(decimal.getcontext()), str(decimal.Decimal(1) / 7), decimal.DefaultContext.prec)"
    )
    assert canary.value == (
        "Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, "
        "flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])",
        "0.1428571428571428571428571429",
        28,
    )


async def test_host_context_changes_do_not_reach_programs() -> None:
    with decimal.localcontext(decimal.Context(prec=5, traps=[])):
        result = await ptc_interpreter.run("import decimal\nstr(decimal.Decimal(1) / 7)")
    assert result.value == "0.1428571428571428571428571429"


@pytest.mark.parametrize(
    ("source", "limit"),
    [
        ("import decimal\ndecimal.getcontext().prec = 10**6", "max_int_bits"),
        ("import decimal\ndecimal.Context(prec=decimal.MAX_PREC)", "max_int_bits"),
        ("import decimal\nwith decimal.localcontext(prec=10**9):\n    pass", "max_int_bits"),
        ("import decimal\ndecimal.Decimal('7' * 5000)", "max_int_bits"),
        ("import decimal\nint(decimal.Decimal('1e999999'))", "max_int_bits"),
        ("import decimal\ndecimal.Decimal('1e-999999').as_integer_ratio()", "max_int_bits"),
        (
            "import decimal\ndecimal.getcontext().Emax = decimal.MAX_EMAX\nf'{decimal.Decimal(\"1e999999999\"):f}'",
            "max_string_length",
        ),
        ("from fractions import Fraction\nFraction(1, 3) ** 10**6", "max_int_bits"),
        ("from fractions import Fraction\nFraction('1e999999999')", "max_int_bits"),
        ("from fractions import Fraction\nround(Fraction(1, 3), 10**9)", "max_int_bits"),
        ("from fractions import Fraction\nf = Fraction(3, 7)\nwhile True:\n    f = f * f", "max_int_bits"),
        (
            "import decimal\ndecimal.getcontext().prec = 1000\nx = decimal.Decimal(3)\nwhile True:\n    x.ln()",
            "max_steps",
        ),
    ],
)
async def test_big_work_is_refused_before_it_is_done(source: str, limit: str) -> None:
    with pytest.raises(ptc_interpreter.PtcLimitError) as caught:
        await ptc_interpreter.run(source)
    assert caught.value.limit == limit


async def test_huge_exponents_stay_cheap() -> None:
    result = await ptc_interpreter.run(
        "import decimal\ndecimal.getcontext().traps[decimal.Overflow] = False\nD = decimal.Decimal\n"
        "[str(D(2) ** 10**9), str(D('1e999999999') + 1), str(D('1e999999').to_integral_value()),"
        " hash(D('1e-999999999')) == hash(D('1e-999999999'))]"
    )
    assert result.value == ["Infinity", "Infinity", "1E+999999", True]


_BIG_OPERANDS = (
    "import math\nfrom decimal import Decimal, getcontext\nfrom fractions import Fraction\ngetcontext().prec = {prec}\n"
    "x = Decimal(2).sqrt()\nf = Fraction(Decimal(3).sqrt())\ng = Fraction(Decimal(5).sqrt())\n"
    "a, b = f.numerator, f.denominator\nm = 2 ** ({prec} * 3)\ny = Decimal(m)\n"
)


@pytest.mark.parametrize(
    "operation",
    [
        "x.as_integer_ratio()",
        "Fraction(x)",
        "Fraction(a, b)",
        "f < g",
        "f == g",
        "str(f)",
        "repr(f)",
        "f == x",
        "x < f",
        "Decimal(m)",
        "int(y)",
        "math.floor(y)",
    ],
)
async def test_work_on_big_numbers_is_charged_by_their_size(operation: str) -> None:
    """Each of these reduces, cross-multiplies or converts ~4,000-bit ints natively (tens to
    hundreds of microseconds): 1,000 of them cost more than a small budget, 1,000 on small
    operands do not."""
    loop = f"for _ in range(1000):\n    {operation}\n"
    limits = ptc_interpreter.Limits(max_steps=50_000)
    await ptc_interpreter.run(_BIG_OPERANDS.format(prec=20) + loop, limits=limits)
    with pytest.raises(ptc_interpreter.PtcLimitError) as caught:
        await ptc_interpreter.run(_BIG_OPERANDS.format(prec=1233) + loop, limits=limits)
    assert caught.value.limit == "max_steps"
