# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false, reportUnknownLambdaType=false
# (compiled closures handle untyped program values: the checker cannot know their element types)
"""List/set/dict comprehensions and generator expressions.

Comprehension variables live in extra slots of the enclosing frame (see `scope`), so a
comprehension is a loop, not a function call. Each iteration charges a step and each appended
element is checked against the container limit. A generator expression is lazy like CPython's (it is
consumed by `sum`, `any`, `join`, ...), wrapped so the program sees no host generator. With `await`
inside, a list/set/dict comprehension runs as a generator driven by the scheduler.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Generator, Iterator
from typing import Any

from ..runtime.budget import FREE_KEY_TYPES, HASH_MODULUS, MINUS_HASH_MODULUS, SMALL_COPY_CHARS, charge_key
from ..runtime.exceptions import note_position
from ..runtime.lazy import LazyIterator
from ..runtime.objects import Cell, ProgramGenerator
from ..runtime.values import OrderedSet
from .base import CompilerBase, Eval, Frame, GenEval, span_of

Gen = Generator[Any, Any, Any]


Level = tuple[bool, Any, Callable[[Frame, Any], None], list[tuple[bool, Any]]]
"""(iter_is_async, iter closure, store target, conditions) for one `for ... if ...` clause."""


class ComprehensionCompiler(CompilerBase):
    def _levels(
        self, node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp
    ) -> tuple[list[Level], list[int]]:
        """Compile the clauses; the first iterable in the enclosing scope, the rest inside."""
        generators = node.generators
        first_async = generators[0].iter in self.awaits
        first_iter: Any = self.ag(generators[0].iter) if first_async else _native(self.ev(generators[0].iter))
        scope = self.analysis.scope_of(node)
        previous = self.scope
        self.scope = scope
        levels: list[Level] = []
        try:
            for index, generator in enumerate(generators):
                if index == 0:
                    is_async, iter_ev = first_async, first_iter
                else:
                    is_async = generator.iter in self.awaits
                    iter_ev = self.ag(generator.iter) if is_async else _native(self.ev(generator.iter))
                levels.append(
                    (is_async, iter_ev, self.store(generator.target), [self.part(c) for c in generator.ifs])
                )
        finally:
            self.scope = previous
        cell_slots = [scope.bound[name] for name in scope.cells if name in scope.bound]
        return levels, cell_slots

    def _inner(
        self, node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp, fn: Callable[[], Any]
    ) -> Any:
        previous = self.scope
        self.scope = self.analysis.scope_of(node)
        try:
            return fn()
        finally:
            self.scope = previous

    # -- sync ------------------------------------------------------------------------------

    def _sync_comprehension(
        self,
        node: Any,
        make: Callable[[], Any],
        emit_factory: Callable[[], Callable[[Frame, Any], None]],
        finish: Callable[[Any], Any],
    ) -> Eval:
        levels, cell_slots = self._levels(node)
        emit = self._inner(node, emit_factory)
        first_iter = levels[0][1]
        runner = self._sync_loop_with_first(levels, emit)
        span = span_of(node)

        def comprehension(f: Frame) -> Any:
            iterable = first_iter(f)
            for slot in cell_slots:
                f[slot] = Cell()
            sink = make()
            try:
                runner(f, sink, iterable)
            except BaseException as error:
                note_position(error, span)
                raise
            return finish(sink)

        return comprehension

    def _sync_loop_with_first(
        self, levels: list[Level], emit: Callable[[Frame, Any], None]
    ) -> Callable[[Frame, Any, Any], None]:
        ctx = self.ctx

        def level_runner(index: int) -> Callable[[Frame, Any, Any], None]:
            _, _iter_ev, store, condition_parts = levels[index]
            conditions = [condition for _, condition in condition_parts]
            last = index == len(levels) - 1
            inner = None if last else level_runner(index + 1)
            if last and not conditions:

                def run_last(f: Frame, sink: Any, iterable: Any) -> None:
                    for item in iterable:
                        ctx.steps_left -= 1
                        if ctx.steps_left < 0:
                            ctx.charge(0)
                        store(f, item)
                        emit(f, sink)

                return run_last

            def run(f: Frame, sink: Any, iterable: Any) -> None:
                for item in iterable:
                    ctx.steps_left -= 1
                    if ctx.steps_left < 0:
                        ctx.charge(0)
                    store(f, item)
                    for condition in conditions:
                        if not condition(f):
                            break
                    else:
                        if inner is None:
                            emit(f, sink)
                        else:
                            next_iter = levels[index + 1][1]
                            inner(f, sink, next_iter(f))

            return run

        return level_runner(0)

    def _list_emit(self, elt: ast.expr, hashed: bool = False) -> Callable[[], Callable[[Frame, Any], None]]:
        """Emitter appending `elt` to the sink; `hashed` (a set's) also charges a tuple element its size."""
        limit = self.ctx.limits.max_container_length
        ctx = self.ctx
        poisoned = ctx.hash_collisions.poisoned

        def factory() -> Callable[[Frame, Any], None]:
            value = self.ev(elt)

            def emit(f: Frame, sink: list[Any]) -> None:
                if len(sink) >= limit:
                    ctx.check_container_length(len(sink) + 1)
                sink.append(value(f))

            def emit_hashed(f: Frame, sink: list[Any]) -> None:
                if len(sink) >= limit:
                    ctx.check_container_length(len(sink) + 1)
                element = value(f)
                if (
                    element.__class__ is not int
                    or not MINUS_HASH_MODULUS < element < HASH_MODULUS
                    or (poisoned and element in poisoned)
                ) and (
                    element.__class__ not in FREE_KEY_TYPES
                    or (element.__class__ is str and len(element) > SMALL_COPY_CHARS)
                ):  # hashed: a big tuple or a long text costs its size
                    charge_key(ctx, element)
                sink.append(element)

            return emit_hashed if hashed else emit

        return factory

    def ev_ListComp(self, node: ast.ListComp) -> Eval:
        generator = node.generators[0]
        if len(node.generators) == 1 and len(generator.ifs) <= 1:
            target_slot = self._inner(node, lambda: self.frame_slot(generator.target))
            if target_slot is not None:
                return self._simple_list_comprehension(node, target_slot)
        return self._sync_comprehension(node, list, self._list_emit(node.elt), lambda sink: sink)

    def _simple_list_comprehension(self, node: ast.ListComp, target_slot: int) -> Eval:
        """`[elt for name in iterable if test]` (one clause, at most one condition, the variable in a
        frame slot): the generic loop with the store, the condition and the emitter inlined."""
        levels, cell_slots = self._levels(node)
        first_iter = levels[0][1]
        element = self._inner(node, lambda: self.ev(node.elt))
        conditions = levels[0][3]
        test = conditions[0][1] if conditions else None
        ctx = self.ctx
        limit = ctx.limits.max_container_length
        span = span_of(node)
        slot = target_slot

        def list_comprehension(f: Frame) -> Any:
            iterable = first_iter(f)
            for cell_slot in cell_slots:
                f[cell_slot] = Cell()
            sink: list[Any] = []
            try:
                for item in iterable:
                    ctx.steps_left -= 1
                    if ctx.steps_left < 0:
                        ctx.charge(0)
                    f[slot] = item
                    if test is None or test(f):
                        if len(sink) >= limit:
                            ctx.check_container_length(len(sink) + 1)
                        sink.append(element(f))
            except BaseException as error:
                note_position(error, span)
                raise
            return sink

        return list_comprehension

    def ev_SetComp(self, node: ast.SetComp) -> Eval:
        return self._sync_comprehension(node, list, self._list_emit(node.elt, hashed=True), OrderedSet)

    def ev_DictComp(self, node: ast.DictComp) -> Eval:
        limit = self.ctx.limits.max_container_length
        ctx = self.ctx
        poisoned = ctx.hash_collisions.poisoned

        def factory() -> Callable[[Frame, Any], None]:
            key = self.ev(node.key)
            value = self.ev(node.value)

            def emit(f: Frame, sink: dict[Any, Any]) -> None:
                if len(sink) >= limit:
                    ctx.check_container_length(len(sink) + 1)
                k = key(f)
                v = value(f)
                if (
                    k.__class__ is not int
                    or not MINUS_HASH_MODULUS < k < HASH_MODULUS
                    or (poisoned and k in poisoned)
                ) and (
                    k.__class__ not in FREE_KEY_TYPES or (k.__class__ is str and len(k) > SMALL_COPY_CHARS)
                ):  # hashed: a big tuple key or a long text costs its size
                    charge_key(ctx, k)
                sink[k] = v

            return emit

        return self._sync_comprehension(node, dict, factory, lambda sink: sink)

    def ev_GeneratorExp(self, node: ast.GeneratorExp) -> Eval:
        levels, cell_slots = self._levels(node)
        element = self._inner(node, lambda: self.ev(node.elt))
        first_iter = levels[0][1]
        ctx = self.ctx

        def generate(f: Frame, index: int, iterable: Any) -> Iterator[Any]:
            _, _iter_ev, store, condition_parts = levels[index]
            conditions = [condition for _, condition in condition_parts]
            last = index == len(levels) - 1
            for item in iterable:
                ctx.steps_left -= 1
                if ctx.steps_left < 0:
                    ctx.charge(0)
                store(f, item)
                for condition in conditions:
                    if not condition(f):
                        break
                else:
                    if last:
                        yield element(f)
                    else:
                        yield from generate(f, index + 1, levels[index + 1][1](f))

        def genexp(f: Frame) -> Any:
            iterable = iter(first_iter(f))
            for slot in cell_slots:
                f[slot] = Cell()
            return ProgramGenerator(generate(f, 0, iterable))

        return genexp

    # -- async -----------------------------------------------------------------------------

    def _async_comprehension(
        self,
        node: Any,
        make: Callable[[], Any],
        emit_factory: Callable[[], tuple[GenEval, Any]],
        finish: Callable[[Any], Any],
    ) -> GenEval:
        levels, cell_slots = self._levels(node)
        emit_gen, add = self._inner(node, emit_factory)
        ctx = self.ctx
        limit = ctx.limits.max_container_length
        span = span_of(node)

        def run(f: Frame, index: int, sink: Any) -> Gen:
            is_async, iter_ev, store, conditions = levels[index]
            iterable = (yield from iter_ev(f)) if is_async else iter_ev(f)
            last = index == len(levels) - 1
            for item in iterable:
                ctx.steps_left -= 1
                if ctx.steps_left < 0:
                    ctx.charge(0)
                store(f, item)
                keep = True
                for condition_async, condition in conditions:
                    keep = (yield from condition(f)) if condition_async else condition(f)
                    if not keep:
                        break
                if keep:
                    if last:
                        if len(sink) >= limit:
                            ctx.check_container_length(len(sink) + 1)
                        produced = yield from emit_gen(f)
                        add(sink, produced)
                    else:
                        yield from run(f, index + 1, sink)

        def comprehension(f: Frame) -> Gen:
            for slot in cell_slots:
                f[slot] = Cell()
            sink = make()
            try:
                yield from run(f, 0, sink)
            except BaseException as error:
                note_position(error, span)
                raise
            return finish(sink)

        return comprehension

    def ag_ListComp(self, node: ast.ListComp) -> GenEval:
        return self._async_comprehension(node, list, lambda: (self.ag(node.elt), list.append), lambda s: s)

    def ag_SetComp(self, node: ast.SetComp) -> GenEval:
        ctx = self.ctx
        poisoned = ctx.hash_collisions.poisoned

        def add(sink: list[Any], element: Any) -> None:
            if (
                element.__class__ is not int
                or not MINUS_HASH_MODULUS < element < HASH_MODULUS
                or (poisoned and element in poisoned)
            ) and (
                element.__class__ not in FREE_KEY_TYPES
                or (element.__class__ is str and len(element) > SMALL_COPY_CHARS)
            ):  # hashed: a big tuple or a long text costs its size
                charge_key(ctx, element)
            sink.append(element)

        return self._async_comprehension(node, list, lambda: (self.ag(node.elt), add), OrderedSet)

    def ag_DictComp(self, node: ast.DictComp) -> GenEval:
        ctx = self.ctx
        poisoned = ctx.hash_collisions.poisoned

        def factory() -> tuple[GenEval, Any]:
            key = self.ag(node.key)
            value = self.ag(node.value)

            def pair(f: Frame) -> Gen:
                k = yield from key(f)
                v = yield from value(f)
                return (k, v)

            def add(sink: dict[Any, Any], kv: tuple[Any, Any]) -> None:
                if (
                    kv[0].__class__ is not int
                    or not MINUS_HASH_MODULUS < kv[0] < HASH_MODULUS
                    or (poisoned and kv[0] in poisoned)
                ) and (
                    kv[0].__class__ not in FREE_KEY_TYPES
                    or (kv[0].__class__ is str and len(kv[0]) > SMALL_COPY_CHARS)
                ):  # hashed: a big tuple key or a long text costs its size
                    charge_key(ctx, kv[0])
                sink[kv[0]] = kv[1]

            return pair, add

        return self._async_comprehension(node, dict, factory, lambda s: s)


def _native(iterable: Eval) -> Eval:
    """Evaluate a clause's iterable as what the loop iterates: a lazy builtin's own native iterator."""

    def evaluate(f: Frame) -> Any:
        value = iterable(f)
        return value.native if isinstance(value, LazyIterator) else value

    return evaluate
