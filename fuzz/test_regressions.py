"""Every failure the fuzzer ever found, replayed: a regression example passes once its bug is fixed."""

from __future__ import annotations

import pytest

from fuzz.corpus import Example, load

EXAMPLES = load()


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_regression_example(example: Example) -> None:
    problem = example.check()
    assert problem is None, (
        f"{example.prop} property broken by fuzz/regressions/{example.name}.json\n"
        f"program:\n{example.case.source}\nobserved before: {example.observed}\nexpected: {example.expected}\n"
        f"now: {problem}"
    )
