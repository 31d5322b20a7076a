# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false, reportUnknownLambdaType=false
# (compiled closures handle untyped program values: the checker cannot know their element types)
"""`match`/`case`: each pattern compiles to `matches(frame, subject) -> bool`, binding captures.

Supported: literals and dotted values, `None`/`True`/`False`, captures and `_`, sequences with a
`*rest`, mappings with `**rest`, `|` alternatives, `as`, guards, and class patterns for the builtin
types (`case int():`, `case str(x):`) and program classes (keyword sub-patterns read attributes).
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Generator
from typing import Any

from ..runtime import attr
from ..runtime.budget import SMALL_COPY_CHARS as SMALL_CAPTURE
from ..runtime.budget import charge_elements, charge_entries, charge_key, costly_key
from ..runtime.objects import ProgramInstance
from ..runtime.operators import eq
from ..runtime.values import FrozenOrderedSet, OrderedSet
from .base import CompilerBase, Frame
from .expressions import BIG_EXPRESSION, PARTS_PER_STEP

Gen = Generator[Any, Any, Any]
Matcher = Callable[[Frame, Any], bool]

_SELF_MATCHING = (bool, int, float, str, bytes, list, tuple, dict, OrderedSet, FrozenOrderedSet)


def _positional_by_name(
    name: str, match_args: tuple[str, ...], positional: list[Matcher], keywords: list[tuple[str, Matcher]]
) -> list[tuple[str, Matcher]]:
    """Positional sub-patterns named by the class's match arguments, then the keyword ones (CPython's
    errors for too many and for an attribute given twice)."""
    if len(positional) > len(match_args):
        raise TypeError(
            f"{name}() accepts {len(match_args)} positional sub-pattern{'s' if len(match_args) != 1 else ''} ({len(positional)} given)"
        )
    named = list(zip(match_args, positional, strict=False))
    taken = {attribute for attribute, _ in named}
    for attribute, _ in keywords:
        if attribute in taken:
            raise TypeError(f"{name}() got multiple sub-patterns for attribute {attribute!r}")
    return named + keywords


_STRUCTURED = (ast.MatchSequence, ast.MatchMapping, ast.MatchClass)
_STRUCTURED_NODES = 2 * PARTS_PER_STEP


class PatternCompiler(CompilerBase):
    def pattern(self, node: ast.pattern) -> Matcher:
        return self.dispatch["pat_"][type(node).__name__](self, node)

    def pat_MatchValue(self, node: ast.MatchValue) -> Matcher:
        value = self.ev(node.value)
        ctx = self.ctx
        # the program's `==`, weighed and charged as it is (a DAG-shaped subject compared natively
        # with a dotted value never finished)
        return lambda f, subject: bool(eq(ctx, subject, value(f)))

    def pat_MatchSingleton(self, node: ast.MatchSingleton) -> Matcher:
        constant = node.value
        return lambda f, subject: subject is constant

    def pat_MatchAs(self, node: ast.MatchAs) -> Matcher:
        inner = self.pattern(node.pattern) if node.pattern is not None else None
        store = self._store_name(node.name) if node.name else None  # type: ignore[attr-defined]

        def match_as(f: Frame, subject: Any) -> bool:
            if inner is not None and not inner(f, subject):
                return False
            if store is not None:
                store(f, subject)
            return True

        return match_as

    def pat_MatchOr(self, node: ast.MatchOr) -> Matcher:
        options = [self.pattern(p) for p in node.patterns]
        return lambda f, subject: any(option(f, subject) for option in options)

    def pat_MatchSequence(self, node: ast.MatchSequence) -> Matcher:
        star = next((i for i, p in enumerate(node.patterns) if isinstance(p, ast.MatchStar)), None)
        patterns = [self.pattern(p) for p in node.patterns if not isinstance(p, ast.MatchStar)]
        star_store = None
        if star is not None:
            star_node = node.patterns[star]
            assert isinstance(star_node, ast.MatchStar)
            if star_node.name:
                star_store = self._store_name(star_node.name)  # type: ignore[attr-defined]
        count = len(patterns)
        ctx = self.ctx

        def match_sequence(f: Frame, subject: Any) -> bool:
            if not isinstance(subject, list | tuple):
                return False
            items: list[Any] | tuple[Any, ...] = subject  # pyright: ignore[reportUnknownVariableType]
            if star is None:
                if len(items) != count:
                    return False
                return all(p(f, item) for p, item in zip(patterns, items, strict=True))
            if len(items) < count:
                return False
            after = count - star
            head = items[:star]
            tail = items[len(items) - after :] if after else []
            for p, item in zip(patterns, [*head, *tail], strict=True):
                if not p(f, item):
                    return False
            if star_store is not None:  # `[0, *rest]`: a copy of the subject, charged as one
                if len(items) > SMALL_CAPTURE:
                    charge_elements(ctx, len(items))
                star_store(f, list(items[star : len(items) - after]))
            return True

        return match_sequence

    def pat_MatchMapping(self, node: ast.MatchMapping) -> Matcher:
        keys = [self.ev(k) for k in node.keys]
        patterns = [self.pattern(p) for p in node.patterns]
        rest = self._store_name(node.rest) if node.rest else None  # type: ignore[attr-defined]
        ctx = self.ctx

        def match_mapping(f: Frame, subject: Any) -> bool:
            if not isinstance(subject, dict):
                return False
            mapping: dict[Any, Any] = subject  # pyright: ignore[reportUnknownVariableType]
            seen: list[Any] = []
            for key_ev, p in zip(keys, patterns, strict=True):
                key = key_ev(f)
                if costly_key(ctx, key):
                    charge_key(ctx, key)
                if key not in mapping or not p(f, mapping[key]):
                    return False
                seen.append(key)
            if rest is not None:  # `{**rest}`: a new dict of the subject's other entries
                charge_entries(ctx, len(mapping))
                rest(f, {k: v for k, v in mapping.items() if k not in seen})
            return True

        return match_mapping

    def pat_MatchClass(self, node: ast.MatchClass) -> Matcher:
        cls = self.ev(node.cls)
        positional = [self.pattern(p) for p in node.patterns]
        keywords = [
            (name, self.pattern(p)) for name, p in zip(node.kwd_attrs, node.kwd_patterns, strict=True)
        ]
        ctx = self.ctx

        def match_class(f: Frame, subject: Any) -> bool:
            klass = cls(f)
            if not isinstance(subject, klass):
                return False
            by_name = keywords
            if positional:
                python_type = getattr(klass, "python_type", klass)
                match_args: tuple[str, ...] | None = getattr(python_type, "ptc_match_args", None)
                if (
                    match_args is None
                    and isinstance(python_type, type)
                    and issubclass(python_type, ProgramInstance)
                ):
                    match_args = ()  # a program class without match arguments takes none, as in CPython
                if match_args is not None:  # a dataclass or named tuple: its fields, as `__match_args__`
                    by_name = _positional_by_name(
                        getattr(klass, "__name__", "class"), match_args, positional, keywords
                    )
                elif (
                    isinstance(python_type, type)
                    and issubclass(python_type, _SELF_MATCHING)
                    and len(positional) == 1
                ):
                    if not positional[0](f, subject):
                        return False
                else:
                    raise TypeError(
                        f"{getattr(klass, '__name__', 'class')}() accepts no positional sub-patterns here; use keyword patterns"
                    )
            for name, p in by_name:
                try:
                    if isinstance(subject, ProgramInstance):
                        value = type(subject).ptc_getattr(subject, ctx, name)
                    else:
                        value = attr.get_attribute(ctx, subject, name)
                except AttributeError:
                    return False
                if not p(f, value):
                    return False
            return True

        return match_class

    def _priced_pattern(self, node: ast.pattern) -> Matcher:
        """A case's pattern; a big one (an or-pattern of 2,000 literals: 37 s of CPU under the step
        budget) costs a step per `PARTS_PER_STEP` nodes each time it is tried, as a big expression,
        and two steps per sequence, mapping or class pattern in it (each checks the subject's type
        and length and loops over its parts in Python: a 150-deep `[[[…]]]` ran 11 times the
        calibration loop's CPU per step when it counted as a node)."""
        matches = self.pattern(node)
        size = sum(_STRUCTURED_NODES if isinstance(n, _STRUCTURED) else 1 for n in ast.walk(node))
        if size <= BIG_EXPRESSION:
            return matches
        ctx = self.ctx
        steps = size // PARTS_PER_STEP

        def priced(f: Frame, subject: Any) -> bool:
            ctx.charge(steps)
            return matches(f, subject)

        return priced

    def pat_MatchStar(self, node: ast.MatchStar) -> Matcher:  # pragma: no cover - handled by sequences
        raise AssertionError("star pattern outside a sequence")

    # -- the statement ---------------------------------------------------------------------

    def _match(self, node: ast.Match) -> Any:
        subject = self.part(node.subject)  # type: ignore[attr-defined]
        cases: list[tuple[Matcher, Any, bool, Any]] = []
        for case in node.cases:
            guard = self.part(case.guard) if case.guard is not None else None  # type: ignore[attr-defined]
            body_async, body = self.block(case.body)
            cases.append((self._priced_pattern(case.pattern), guard, body_async, body))

        def match(f: Frame) -> Gen:
            is_async, ev = subject
            value = (yield from ev(f)) if is_async else ev(f)
            for matches, guard, body_async, body in cases:
                if not matches(f, value):
                    continue
                if guard is not None:
                    guard_async, guard_ev = guard
                    if not ((yield from guard_ev(f)) if guard_async else guard_ev(f)):
                        continue
                return (yield from body(f)) if body_async else body(f)
            return None

        return match

    def as_Match(self, node: ast.Match) -> Any:
        return self._match(node)

    def st_Match(self, node: ast.Match) -> Any:
        run = self._match(node)

        def match(f: Frame) -> Any:
            gen = run(f)
            try:
                gen.send(None)
            except StopIteration as stop:
                return stop.value
            raise AssertionError("synchronous match suspended")  # pragma: no cover

        return match
