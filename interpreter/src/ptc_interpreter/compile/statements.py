# pyright: reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownMemberType=false, reportUnknownLambdaType=false
# (compiled closures handle untyped program values: the checker cannot know their element types)
"""Statements to closures.

A statement compiles to `run(frame) -> signal` (or a generator function returning the signal when
it contains `await`); `None` means "carry on". Blocks charge one step per statement on entry (and one
more per loop iteration), so the budget is charged without a per-statement call. A block notes the
position of the statement an exception leaves through, which is how runtime errors get their line
even when the failing expression has no finer span.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Generator
from functools import partial
from typing import Any, Literal

from ..runtime import attr
from ..runtime.allowlist import not_iterable, ptc_type_name
from ..runtime.budget import (
    FREE_KEY_TYPES,
    HASH_MODULUS,
    MINUS_HASH_MODULUS,
    SMALL_COPY_CHARS,
    charge_elements,
    charge_key,
    materialize,
)
from ..runtime.exceptions import (
    as_program_sees,
    forget_context,
    is_uncatchable,
    note_position,
    reset_position,
)
from ..runtime.indexing import sequence_key
from ..runtime.lazy import native_iter
from ..runtime.objects import UNBOUND, ProgramInstance
from ..runtime.operators import INPLACE
from ..runtime.registry import cannot_import_message
from ..runtime.reprs import program_args
from ..runtime.scheduler import PtcContextManager
from ..runtime.values import OrderedSetBase, name_set_change, set_iteration
from .base import BREAK, CONTINUE, RETURN, CompilerBase, Eval, Frame, span_of
from .expressions import (
    EagerEval,
    Later,
    SlotCompare,
    eager_as_gen,
    width_steps,
)
from .scope import RETURN_SLOT

Gen = Generator[Any, Any, Any]
Store = Callable[[Frame, Any], None]
GenStore = Callable[[Frame, Any], Gen]
"""The store of a target containing `await` (`x[await key()] = v`): a generator function."""
Mode = Literal["sync", "eager", "gen"]
SYNC: Mode = "sync"
EAGER: Mode = "eager"
"""A plain closure returning its signal, or a `Later` (`expressions.Later`) when it suspended."""
GEN: Mode = "gen"


def statement_width_steps(node: ast.stmt) -> int:
    """What a wide statement costs beyond its step: a step per `PARTS_PER_STEP` of its targets
    (`a0 = … = a999 = 0`, `del a, b, …`), imported names, parameter defaults or `except` clauses,
    past `WIDE_EXPRESSION` of them. Each is a store, a lookup or a match done in Python: a chained
    assignment of 1,000 targets in a loop ran 30 times the calibration loop's CPU per step, a
    `from math import pi, pi, …` of 1,000 names 63 times, a `def` with 1,000 defaults 26 times."""
    if isinstance(node, ast.Assign):
        width = len(node.targets)
    elif isinstance(node, ast.Import | ast.ImportFrom):
        width = len(node.names)
    elif isinstance(node, ast.Delete):
        width = len(node.targets)
    elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        width = len(node.args.defaults) + len(node.args.kw_defaults)
    elif isinstance(node, ast.Try | ast.TryStar):
        width = len(node.handlers)
    else:
        return 0
    return width_steps(width)


class StatementCompiler(CompilerBase):
    eager: Callable[[ast.expr], EagerEval | None]
    """`ExpressionCompiler.eager`, declared here for the checker (the assembled compiler has it)."""
    slot_compare: Callable[[ast.expr], SlotCompare | None]
    """`ExpressionCompiler.slot_compare`, likewise."""

    # -- blocks ----------------------------------------------------------------------------

    def stmt(self, node: ast.stmt) -> tuple[Mode, Any]:
        """(mode, closure) of one statement: `SYNC` when it cannot suspend, else its `EAGER` form
        (see `expressions.Later`) when it has one, else `GEN` (a generator function)."""
        if node not in self.awaits:
            method = self.dispatch["st_"].get(type(node).__name__)
            mode: Mode = SYNC
        elif isinstance(node, ast.If):
            return self._async_if(node)
        else:
            eager = self._eager_statement(node)
            if eager is not None:
                return EAGER, eager
            method = self.dispatch["as_"].get(type(node).__name__)
            mode = GEN
        if method is None:
            raise NotImplementedError(f"statement {type(node).__name__}")
        return mode, method(self, node)

    def block(self, body: list[ast.stmt], extra_steps: int = 0) -> tuple[bool, Any]:
        """(is_async, closure) running `body`; charges len(body) + extra_steps steps on entry."""
        mode, run = self.block_mode(body, extra_steps)
        if mode == EAGER:
            return True, eager_as_gen(run)
        return mode == GEN, run

    def block_mode(self, body: list[ast.stmt], extra_steps: int = 0) -> tuple[Mode, Any]:
        """`block` as (mode, closure): loops and `if` run an `EAGER` body as a plain call."""
        compiled = [self.stmt(s) for s in body]
        spans = [span_of(s) for s in body]
        ctx = self.ctx
        cost = len(body) + extra_steps + sum(map(statement_width_steps, body))
        if all(mode == SYNC for mode, _ in compiled):
            runs = [run for _, run in compiled]
            if len(runs) == 1:
                only = runs[0]
                only_span = spans[0]

                def block_one(f: Frame) -> Any:
                    ctx.steps_left -= cost
                    if ctx.steps_left < 0:
                        ctx.charge(0)
                    try:
                        return only(f)
                    except BaseException as error:
                        note_position(error, only_span)
                        raise

                return SYNC, block_one

            def block_sync(f: Frame) -> Any:
                ctx.steps_left -= cost
                if ctx.steps_left < 0:
                    ctx.charge(0)
                index = 0
                try:
                    for run in runs:
                        signal = run(f)
                        if signal is not None:
                            return signal
                        index += 1
                except BaseException as error:
                    note_position(error, spans[index])
                    raise
                return None

            return SYNC, block_sync

        steps = [(mode == GEN, run) for mode, run in compiled]

        def block_async(f: Frame, index: int = 0, pending: Later | None = None) -> Gen:
            """The block as a generator; from statement `index` on when `pending` (the rest of
            that statement, whose eager form suspended: the steps are charged already)."""
            if pending is None:
                ctx.steps_left -= cost
                if ctx.steps_left < 0:
                    ctx.charge(0)
            try:
                if pending is not None:
                    signal = yield from pending.gen
                    if signal is not None:
                        return signal
                    index += 1
                for is_gen, run in steps[index:] if index else steps:
                    signal = (yield from run(f)) if is_gen else run(f)
                    if signal is not None:
                        if type(signal) is Later:
                            signal = yield from signal.gen
                            if signal is None:
                                index += 1
                                continue
                        return signal
                    index += 1
            except BaseException as error:
                note_position(error, spans[index])
                raise
            return None

        if any(mode == GEN for mode, _ in compiled):
            return GEN, block_async

        runs = [run for _, run in compiled]
        if len(runs) == 1:
            only = runs[0]
            only_span = spans[0]

            def block_eager_one(f: Frame) -> Any:
                ctx.steps_left -= cost
                if ctx.steps_left < 0:
                    ctx.charge(0)
                try:
                    signal = only(f)
                except BaseException as error:
                    note_position(error, only_span)
                    raise
                if type(signal) is Later:
                    return Later(block_async(f, 0, signal))
                return signal

            return EAGER, block_eager_one

        def block_eager(f: Frame) -> Any:
            ctx.steps_left -= cost
            if ctx.steps_left < 0:
                ctx.charge(0)
            index = 0
            try:
                for run in runs:
                    signal = run(f)
                    if signal is not None:
                        if type(signal) is Later:
                            return Later(block_async(f, index, signal))
                        return signal
                    index += 1
            except BaseException as error:
                note_position(error, spans[index])
                raise
            return None

        return EAGER, block_eager

    def _eager_statement(self, node: ast.stmt) -> Any:
        """The eager form of a suspending statement, for the shapes that have one (their value's
        eager form exists), else None. Returns the statement's signal, or a `Later`."""
        if isinstance(node, ast.Expr):
            return self._eager_expression_statement(node)
        if isinstance(node, ast.Assign):
            if any(target in self.awaits for target in node.targets):
                return None
            return self._eager_assign(node)
        if isinstance(node, ast.AnnAssign) and node.value is not None and node.target not in self.awaits:
            return self._eager_assign(node)
        if isinstance(node, ast.AugAssign) and node.target not in self.awaits:
            return self._eager_augment(node)
        if isinstance(node, ast.Return) and node.value is not None:
            return self._eager_return(node)
        return None

    def _eager_expression_statement(self, node: ast.Expr) -> Any:
        value = self.eager(node.value)
        if value is None:
            return None

        def expression(f: Frame) -> Any:
            result = value(f)
            if type(result) is Later:
                return Later(_discard(result.gen))
            return None

        return expression

    def _eager_assign(self, node: ast.Assign | ast.AnnAssign) -> Any:
        assert node.value is not None
        value = self.eager(node.value)
        if value is None:
            return None
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        stores = [self.store(t) for t in targets]

        def assign_later(f: Frame, pending: Later) -> Gen:
            result = yield from pending.gen
            for store in stores:
                store(f, result)
            return None

        if len(stores) == 1:
            only = stores[0]

            def assign_one(f: Frame) -> Any:
                result = value(f)
                if type(result) is Later:
                    return Later(assign_later(f, result))
                only(f, result)
                return None

            return assign_one

        def assign(f: Frame) -> Any:
            result = value(f)
            if type(result) is Later:
                return Later(assign_later(f, result))
            for store in stores:
                store(f, result)
            return None

        return assign

    def _eager_augment(self, node: ast.AugAssign) -> Any:
        value = self.eager(node.value)
        if value is None:
            return None
        op = INPLACE[type(node.op)]
        ctx = self.ctx
        span = span_of(node)
        prepare, finish = self._augmented(node)
        small_int_add = isinstance(node.op, ast.Add)
        small = 1 << 62
        slot = self.frame_slot(node.target)

        def combine(f: Frame, current: Any, operand: Any) -> None:
            try:
                result = op(ctx, current, operand)
            except BaseException as error:
                note_position(error, span)
                raise
            finish(f, result)

        def augment_later(f: Frame, current: Any, pending: Later) -> Gen:
            combine(f, current, (yield from pending.gen))
            return None

        if slot is not None:

            def augment_slot(f: Frame) -> Any:  # `name += await ...` with the store inlined
                current = f[slot]
                if current is UNBOUND:
                    current = prepare(f)  # raises the NameError / UnboundLocalError
                operand = value(f)
                if type(operand) is Later:
                    return Later(augment_later(f, current, operand))
                if (
                    small_int_add
                    and type(current) is int
                    and type(operand) is int
                    and -small < current < small
                    and -small < operand < small
                ):
                    f[slot] = current + operand
                else:
                    combine(f, current, operand)
                return None

            return augment_slot

        def augment(f: Frame) -> Any:
            current = prepare(f)
            operand = value(f)
            if type(operand) is Later:
                return Later(augment_later(f, current, operand))
            combine(f, current, operand)
            return None

        return augment

    def _eager_return(self, node: ast.Return) -> Any:
        assert node.value is not None
        value = self.eager(node.value)
        if value is None:
            return None

        def return_later(f: Frame, pending: Later) -> Gen:
            f[RETURN_SLOT] = yield from pending.gen
            return RETURN

        def return_value(f: Frame) -> Any:
            result = value(f)
            if type(result) is Later:
                return Later(return_later(f, result))
            f[RETURN_SLOT] = result
            return RETURN

        return return_value

    # -- simple statements -----------------------------------------------------------------

    def st_Expr(self, node: ast.Expr) -> Any:
        value = self.ev(node.value)

        def expression(f: Frame) -> Any:
            value(f)

        return expression

    def as_Expr(self, node: ast.Expr) -> Any:
        value = self.ag(node.value)

        def expression(f: Frame) -> Gen:
            yield from value(f)

        return expression

    def st_Pass(self, node: ast.Pass) -> Any:
        return lambda f: None

    def st_Break(self, node: ast.Break) -> Any:
        return lambda f: BREAK

    def st_Continue(self, node: ast.Continue) -> Any:
        return lambda f: CONTINUE

    def st_Global(self, node: ast.Global) -> Any:
        return lambda f: None

    st_Nonlocal = st_Global

    def st_Return(self, node: ast.Return) -> Any:
        if node.value is None:

            def return_none(f: Frame) -> Any:
                f[RETURN_SLOT] = None
                return RETURN

            return return_none
        value = self.ev(node.value)

        def return_value(f: Frame) -> Any:
            f[RETURN_SLOT] = value(f)
            return RETURN

        return return_value

    def as_Return(self, node: ast.Return) -> Any:
        assert node.value is not None
        value = self.ag(node.value)

        def return_value(f: Frame) -> Gen:
            f[RETURN_SLOT] = yield from value(f)
            return RETURN

        return return_value

    # -- assignment ------------------------------------------------------------------------

    def store(self, target: ast.expr) -> Store:
        if isinstance(target, ast.Name):
            return self._store_name(target.id)
        if isinstance(target, ast.Attribute):
            obj = self.ev(target.value)
            return self._store_attribute(obj, target.attr, span_of(target))
        if isinstance(target, ast.Subscript):
            obj = self.ev(target.value)
            key = self.ev(target.slice)
            return self._store_subscript(obj, key, span_of(target))
        if isinstance(target, ast.Tuple | ast.List):
            return self._store_unpack(target.elts, span_of(target))
        if isinstance(target, ast.Starred):
            return self.store(target.value)
        raise NotImplementedError(f"assignment to {type(target).__name__}")

    def store_gen(self, target: ast.expr) -> GenStore:
        """`store` for a target that may contain `await`. As in CPython, the target's object and
        key are evaluated when it stores, i.e. after the value (and after earlier targets)."""
        if target not in self.awaits:
            store = self.store(target)

            def store_now(f: Frame, value: Any) -> Gen:
                store(f, value)
                return
                yield  # pragma: no cover - makes this a generator function

            return store_now
        span = span_of(target)
        if isinstance(target, ast.Tuple | ast.List):
            return self._store_unpack_gen(target.elts, span)
        if isinstance(target, ast.Starred):
            return self.store_gen(target.value)
        evaluate, operands = self._operands(target)
        if isinstance(target, ast.Attribute):
            store = self._store_attribute(operands[0], target.attr, span)
        else:
            store = self._store_subscript(operands[0], operands[1], span)

        def store_after_operands(f: Frame, value: Any) -> Gen:
            yield from evaluate(f)
            store(f, value)

        return store_after_operands

    def _operands(self, target: ast.expr) -> tuple[Callable[[Frame], Gen], list[Eval]]:
        """For an attribute or subscript target containing `await`: a generator function that
        evaluates its object (and key) in order into temporary slots, and closures reading them
        back, so the sync store, delete and augmented-assignment code serves these targets too."""
        if isinstance(target, ast.Attribute):
            nodes = [target.value]
        elif isinstance(target, ast.Subscript):
            nodes = [target.value, target.slice]
        else:
            raise NotImplementedError(f"await in a {type(target).__name__} target")
        parts = [(self.scope.alloc(), self.part(node)) for node in nodes]

        def evaluate(f: Frame) -> Gen:
            for slot, (is_async, ev) in parts:
                f[slot] = (yield from ev(f)) if is_async else ev(f)

        return evaluate, [_slot_reader(slot) for slot, _ in parts]

    def _store_name(self, name: str) -> Store:
        res = self.analysis.resolve(self.scope, name)
        slot = res.slot
        if res.kind == "fast":

            def store_fast(f: Frame, value: Any) -> None:
                f[slot] = value

            return store_fast
        if res.kind == "cell":

            def store_cell(f: Frame, value: Any) -> None:
                f[slot].value = value

            return store_cell
        if res.kind == "global":
            module_frame = self.module_frame

            def store_global(f: Frame, value: Any) -> None:
                module_frame[slot] = value

            return store_global
        raise NotImplementedError(f"cannot assign to {name!r}")

    def _store_attribute(self, obj: Any, name: str, span: Any) -> Store:
        ctx = self.ctx
        set_attribute = attr.set_attribute

        def store_attribute(f: Frame, value: Any) -> None:
            target = obj(f)
            try:
                if isinstance(target, ProgramInstance):
                    type(target).ptc_setattr(target, ctx, name, value)
                else:
                    set_attribute(ctx, target, name, value)
            except BaseException as error:
                note_position(error, span)
                raise

        return store_attribute

    def _store_subscript(self, obj: Any, key: Any, span: Any) -> Store:
        ctx = self.ctx
        poisoned = ctx.hash_collisions.poisoned
        limit = ctx.limits.max_container_length

        def store_subscript(f: Frame, value: Any) -> None:
            target = obj(f)
            k = key(f)
            hashed: Any = k  # not narrowed by the slice test below
            try:
                if type(target) is dict and len(target) >= limit and k not in target:
                    ctx.check_container_length(len(target) + 1)
                if type(k) is slice and type(target) is list:
                    value = list(materialize(ctx, value))
                    ctx.check_container_length(len(target) + len(value))
                    k = sequence_key(target, k)
                elif (
                    hashed.__class__ is not int
                    or not MINUS_HASH_MODULUS < hashed < HASH_MODULUS
                    or (poisoned and hashed in poisoned)
                ) and (
                    hashed.__class__ not in FREE_KEY_TYPES
                    or (hashed.__class__ is str and len(hashed) > SMALL_COPY_CHARS)
                ):  # hashed: `charge_key`
                    charge_key(ctx, k)
                    if target.__class__ is not dict:  # a sequence may take an `__index__` instance
                        k = sequence_key(target, k)
                target[k] = value
            except BaseException as error:
                note_position(error, span)
                raise

        return store_subscript

    def _store_unpack(self, elts: list[ast.expr], span: Any) -> Store:
        unpack = self._store_unpack_narrow(elts, span)
        steps = width_steps(len(elts))
        if not steps:
            return unpack
        ctx = self.ctx

        def wide_unpack(f: Frame, value: Any) -> None:  # `a0, …, a999 = row`: a store per target
            ctx.charge(steps)
            unpack(f, value)

        return wide_unpack

    def _store_unpack_narrow(self, elts: list[ast.expr], span: Any) -> Store:
        ctx = self.ctx
        stores = [self.store(e) for e in elts]
        star_index = next((i for i, e in enumerate(elts) if isinstance(e, ast.Starred)), None)
        count = len(elts)
        if star_index is None:
            if count == 2:
                first, second = stores

                def unpack_two(f: Frame, value: Any) -> None:
                    if type(value) is tuple and len(value) == 2:
                        a, b = value
                    else:
                        try:
                            a, b = _unpack_exact(ctx, value, 2)
                        except BaseException as error:
                            note_position(error, span)
                            raise
                    first(f, a)
                    second(f, b)

                return unpack_two

            def unpack(f: Frame, value: Any) -> None:
                try:
                    items = _unpack_exact(ctx, value, count)
                except BaseException as error:
                    note_position(error, span)
                    raise
                for store, item in zip(stores, items, strict=True):
                    store(f, item)

            return unpack
        split = self._split_starred(elts, star_index, span)

        def unpack_star(f: Frame, value: Any) -> None:
            for store, item in zip(stores, split(value), strict=True):
                store(f, item)

        return unpack_star

    def _split_starred(self, elts: list[ast.expr], star_index: int, span: Any) -> Callable[[Any], list[Any]]:
        """The values of the targets of `a, *b, c = value`, in order (`b`'s a list)."""
        ctx = self.ctx
        before = star_index
        after = len(elts) - star_index - 1

        def split(value: Any) -> list[Any]:
            items = list(_unpack_items(ctx, value))
            if len(items) < before + after:
                error = ValueError(
                    f"not enough values to unpack (expected at least {before + after}, got {len(items)})"
                )
                note_position(error, span)
                raise error
            end = len(items) - after
            return [*items[:before], items[before:end], *items[end:]]

        return split

    def _store_unpack_gen(self, elts: list[ast.expr], span: Any) -> GenStore:
        """`_store_unpack` where a target contains `await`: each target stores in turn."""
        ctx = self.ctx
        stores = [self.store_gen(e) for e in elts]
        star_index = next((i for i, e in enumerate(elts) if isinstance(e, ast.Starred)), None)
        count = len(elts)

        def split_exact(value: Any) -> Any:
            try:
                return _unpack_exact(ctx, value, count)
            except BaseException as error:
                note_position(error, span)
                raise

        split: Callable[[Any], Any] = (
            split_exact if star_index is None else self._split_starred(elts, star_index, span)
        )

        def unpack(f: Frame, value: Any) -> Gen:
            for store, item in zip(stores, split(value), strict=True):
                yield from store(f, item)

        return unpack

    def st_Assign(self, node: ast.Assign) -> Any:
        value = self.ev(node.value)
        if len(node.targets) == 1:
            target = node.targets[0]
            slot = self.frame_slot(target)
            if slot is not None:
                frame_slot = slot

                def assign_fast(f: Frame) -> Any:
                    f[frame_slot] = value(f)

                return assign_fast
            store = self.store(target)

            def assign(f: Frame) -> Any:
                store(f, value(f))

            return assign
        stores = [self.store(t) for t in node.targets]

        def assign_many(f: Frame) -> Any:
            result = value(f)
            for store in stores:
                store(f, result)

        return assign_many

    def as_Assign(self, node: ast.Assign) -> Any:
        value = self.ag(node.value)
        if any(target in self.awaits for target in node.targets):
            gen_stores = [self.store_gen(t) for t in node.targets]

            def assign_to_suspending_targets(f: Frame) -> Gen:
                result = yield from value(f)
                for store in gen_stores:
                    yield from store(f, result)

            return assign_to_suspending_targets
        stores = [self.store(t) for t in node.targets]

        def assign(f: Frame) -> Gen:
            result = yield from value(f)
            for store in stores:
                store(f, result)

        return assign

    def st_AnnAssign(self, node: ast.AnnAssign) -> Any:
        if node.value is None:
            return lambda f: None
        value = self.ev(node.value)
        store = self.store(node.target)

        def assign(f: Frame) -> Any:
            store(f, value(f))

        return assign

    def as_AnnAssign(self, node: ast.AnnAssign) -> Any:
        if node.value is None:

            def annotation_only(f: Frame) -> Gen:  # like `st_AnnAssign`: annotations are not evaluated
                return None
                yield  # pragma: no cover - makes this a generator function

            return annotation_only
        value = self.ag(node.value)
        if node.target in self.awaits:
            gen_store = self.store_gen(node.target)

            def assign_to_suspending_target(f: Frame) -> Gen:
                yield from gen_store(f, (yield from value(f)))

            return assign_to_suspending_target
        store = self.store(node.target)

        def assign(f: Frame) -> Gen:
            store(f, (yield from value(f)))

        return assign

    def _augmented(
        self, node: ast.AugAssign, operands: list[Eval] | None = None
    ) -> tuple[Callable[[Frame], Any], Callable[[Frame, Any], Any]]:
        """(prepare, finish): prepare evaluates the target's container once and returns the current
        value; finish(f, new) stores. Attribute and subscript targets keep their object in a slot.
        `operands`: the target's object (and key) when already evaluated (see `_operands`)."""
        target = node.target
        span = span_of(target)
        if isinstance(target, ast.Name):
            load = self.ev(ast.copy_location(ast.Name(id=target.id, ctx=ast.Load()), target))
            return load, self._store_name(target.id)
        holder = self.scope.alloc()
        key_holder = self.scope.alloc()
        ctx = self.ctx
        poisoned = ctx.hash_collisions.poisoned
        if isinstance(target, ast.Attribute):
            (obj,) = operands or [self.ev(target.value)]
            name = target.attr
            get_attribute = attr.get_attribute
            store = self._store_attribute(lambda f: f[holder], name, span)

            def prepare_attribute(f: Frame) -> Any:
                o = obj(f)
                f[holder] = o
                try:
                    if isinstance(o, ProgramInstance):
                        return type(o).ptc_getattr(o, ctx, name)
                    return get_attribute(ctx, o, name)
                except BaseException as error:
                    note_position(error, span)
                    raise

            return prepare_attribute, store
        assert isinstance(target, ast.Subscript)
        obj, key = operands or [self.ev(target.value), self.ev(target.slice)]
        store = self._store_subscript(lambda f: f[holder], lambda f: f[key_holder], span)

        def prepare_subscript(f: Frame) -> Any:
            o = obj(f)
            k = key(f)
            f[holder] = o
            f[key_holder] = k
            try:
                if (
                    k.__class__ is not int
                    or not MINUS_HASH_MODULUS < k < HASH_MODULUS
                    or (poisoned and k in poisoned)
                ) and (
                    k.__class__ not in FREE_KEY_TYPES or (k.__class__ is str and len(k) > SMALL_COPY_CHARS)
                ):  # hashed: `charge_key`
                    charge_key(ctx, k)
                    k = f[key_holder] = sequence_key(o, k)
                return o[k]
            except BaseException as error:
                note_position(error, span)
                raise

        return prepare_subscript, store

    def st_AugAssign(self, node: ast.AugAssign) -> Any:
        op = INPLACE[type(node.op)]
        ctx = self.ctx
        span = span_of(node)
        value = self.ev(node.value)
        target = node.target
        if isinstance(target, ast.Name):
            res = self.analysis.resolve(self.scope, target.id)
            if res.kind in ("fast", "global") and isinstance(node.op, ast.Add | ast.Sub):
                slot = res.slot
                load = self.ev(ast.copy_location(ast.Name(id=target.id, ctx=ast.Load()), target))
                is_add = isinstance(node.op, ast.Add)
                module_frame = self.module_frame
                is_global = res.kind == "global"
                small = 1 << 62
                low = -small

                same_frame = not is_global or self.scope.owner.kind == "module"

                constant_operand = (
                    node.value.value
                    if isinstance(node.value, ast.Constant) and type(node.value.value) is int
                    else None
                )
                if constant_operand is not None and same_frame:
                    step = constant_operand if is_add else -constant_operand

                    def augment_const(f: Frame) -> Any:
                        current = f[slot]
                        if type(current) is int and low < current < small:
                            f[slot] = current + step
                            return
                        if current is UNBOUND:
                            current = load(f)
                        try:
                            f[slot] = op(ctx, current, constant_operand)
                        except BaseException as error:
                            note_position(error, span)
                            raise

                    return augment_const

                def augment_fast(f: Frame) -> Any:
                    frame = module_frame if is_global else f
                    current = frame[slot] if same_frame else UNBOUND
                    if current is UNBOUND:
                        current = load(f)
                    operand = value(f)
                    if (
                        type(current) is int
                        and type(operand) is int
                        and low < current < small
                        and low < operand < small
                    ):
                        frame[slot] = current + operand if is_add else current - operand
                        return
                    try:
                        frame[slot] = op(ctx, current, operand)
                    except BaseException as error:
                        note_position(error, span)
                        raise

                return augment_fast
        prepare, finish = self._augmented(node)

        def augment(f: Frame) -> Any:
            current = prepare(f)
            operand = value(f)
            try:
                result = op(ctx, current, operand)
            except BaseException as error:
                note_position(error, span)
                raise
            finish(f, result)

        return augment

    def as_AugAssign(self, node: ast.AugAssign) -> Any:
        op = INPLACE[type(node.op)]
        ctx = self.ctx
        span = span_of(node)
        value = self.ag(node.value)
        evaluate_target, operands = (
            self._operands(node.target) if node.target in self.awaits else (None, None)
        )
        prepare, finish = self._augmented(node, operands)

        def augment(f: Frame) -> Gen:
            if evaluate_target is not None:  # `x[await key()] += ...`: the target's parts first
                yield from evaluate_target(f)
            current = prepare(f)
            operand = yield from value(f)
            try:
                result = op(ctx, current, operand)
            except BaseException as error:
                note_position(error, span)
                raise
            finish(f, result)

        return augment

    def st_Delete(self, node: ast.Delete) -> Any:
        deleters = [self._delete(t) for t in node.targets]

        def delete(f: Frame) -> Any:
            for deleter in deleters:
                deleter(f)

        return delete

    def as_Delete(self, node: ast.Delete) -> Any:
        deleters = [self._delete_gen(t) for t in node.targets]

        def delete(f: Frame) -> Gen:
            for deleter in deleters:
                yield from deleter(f)

        return delete

    def _delete_gen(self, target: ast.expr) -> Callable[[Frame], Gen]:
        """`_delete` for a target that may contain `await`: a generator function."""
        if isinstance(target, ast.Tuple | ast.List):
            parts = [self._delete_gen(e) for e in target.elts]

            def delete_all(f: Frame) -> Gen:
                for part in parts:
                    yield from part(f)

            return delete_all
        if target not in self.awaits:
            delete_now = self._delete(target)

            def delete_one(f: Frame) -> Gen:
                delete_now(f)
                return
                yield  # pragma: no cover - makes this a generator function

            return delete_one
        evaluate, operands = self._operands(target)
        delete = self._delete(target, operands)

        def delete_after_operands(f: Frame) -> Gen:
            yield from evaluate(f)
            delete(f)

        return delete_after_operands

    def _delete(self, target: ast.expr, operands: list[Eval] | None = None) -> Callable[[Frame], None]:
        """`operands`: the target's object (and key) when already evaluated (see `_operands`)."""
        span = span_of(target)
        ctx = self.ctx
        poisoned = ctx.hash_collisions.poisoned
        if isinstance(target, ast.Name):
            res = self.analysis.resolve(self.scope, target.id)
            slot = res.slot
            module_frame = self.module_frame
            load: Eval = self.ev(ast.copy_location(ast.Name(id=target.id, ctx=ast.Load()), target))
            if self.scope.kind == "class" and res.kind == "fast":
                name = target.id

                def load_class_name(f: Frame) -> Any:  # a class body deletes from its own namespace only
                    if f[slot] is UNBOUND:
                        error = NameError(f"name {name!r} is not defined")
                        note_position(error, span)
                        raise error

                load = load_class_name

            def delete_name(f: Frame) -> None:
                load(f)  # raises NameError when unbound
                if res.kind == "fast":
                    f[slot] = UNBOUND
                elif res.kind == "cell":
                    f[slot].value = UNBOUND
                else:
                    module_frame[slot] = UNBOUND

            return delete_name
        if isinstance(target, ast.Subscript):
            obj, key = operands or [self.ev(target.value), self.ev(target.slice)]

            def delete_item(f: Frame) -> None:
                o = obj(f)
                k = key(f)
                try:
                    if (
                        k.__class__ is not int
                        or not MINUS_HASH_MODULUS < k < HASH_MODULUS
                        or (poisoned and k in poisoned)
                    ) and (
                        k.__class__ not in FREE_KEY_TYPES
                        or (k.__class__ is str and len(k) > SMALL_COPY_CHARS)
                    ):  # hashed: `charge_key`
                        charge_key(ctx, k)
                        k = sequence_key(o, k)
                    if o.__class__ is list and len(o) > SMALL_COPY_CHARS:  # moves the tail, as `pop(0)`
                        charge_elements(ctx, len(o))
                    del o[k]
                except BaseException as error:
                    note_position(error, span)
                    raise

            return delete_item
        if isinstance(target, ast.Attribute):
            (obj,) = operands or [self.ev(target.value)]
            name = target.attr
            del_attribute = attr.del_attribute

            def delete_attribute(f: Frame) -> None:
                o = obj(f)
                try:
                    if isinstance(o, ProgramInstance):
                        type(o).ptc_delattr(o, ctx, name)
                    else:
                        del_attribute(ctx, o, name)
                except BaseException as error:
                    note_position(error, span)
                    raise

            return delete_attribute
        if isinstance(target, ast.Tuple | ast.List):
            parts = [self._delete(e) for e in target.elts]

            def delete_all(f: Frame) -> None:
                for part in parts:
                    part(f)

            return delete_all
        raise NotImplementedError(f"del of {type(target).__name__}")

    # -- control flow ----------------------------------------------------------------------

    def st_If(self, node: ast.If) -> Any:
        test = self.ev(node.test)
        _, body = self.block(node.body)
        if not node.orelse:

            def if_(f: Frame) -> Any:
                if test(f):
                    return body(f)
                return None

            return if_
        _, orelse = self.block(node.orelse)

        def if_else(f: Frame) -> Any:
            if test(f):
                return body(f)
            return orelse(f)

        return if_else

    def _async_if(self, node: ast.If) -> tuple[Mode, Any]:
        """An `if` with `await` in its test or branches: `EAGER` when they all have eager forms."""
        test_async = node.test in self.awaits
        eager_test = self.eager(node.test) if test_async else None
        test_gen = test_async and eager_test is None
        test = eager_test or (self.ag(node.test) if test_gen else self.ev(node.test))
        body_mode, body = self.block_mode(node.body)
        orelse_mode, orelse = self.block_mode(node.orelse) if node.orelse else (SYNC, None)
        body_gen = body_mode == GEN
        orelse_gen = orelse_mode == GEN

        def if_(f: Frame, pending: Later | None = None) -> Gen:
            """The `if` as a generator; `pending`: the rest of the test, whose eager form suspended."""
            if pending is not None:
                taken = yield from pending.gen
            elif test_gen:
                taken = yield from test(f)
            else:
                taken = test(f)  # a value, or a `Later` from the test's eager form
                if type(taken) is Later:
                    taken = yield from taken.gen
            if taken:
                signal = (yield from body(f)) if body_gen else body(f)
            elif orelse is None:
                return None
            else:
                signal = (yield from orelse(f)) if orelse_gen else orelse(f)
            if type(signal) is Later:
                return (yield from signal.gen)
            return signal

        if test_gen or body_gen or orelse_gen:
            return GEN, if_

        def if_eager(f: Frame) -> Any:
            taken = test(f)
            if type(taken) is Later:
                return Later(if_(f, taken))
            if taken:
                return body(f)
            if orelse is None:
                return None
            return orelse(f)

        return EAGER, if_eager

    def _loop_body(self, body: list[ast.stmt]) -> tuple[list[Any], list[Any], int]:
        """(statements, their spans, steps per iteration) of the body of a loop that cannot suspend.

        The loop runs them itself, as `block_sync` would (steps charged first, then the position of
        the statement an exception leaves through noted): one call less per iteration."""
        compiled = [self.stmt(s) for s in body]
        assert all(mode == SYNC for mode, _ in compiled)  # a loop without `await` has no suspending statement
        return (
            [run for _, run in compiled],
            [span_of(s) for s in body],
            len(body) + 1 + sum(map(statement_width_steps, body)),
        )

    def st_For(self, node: ast.For) -> Any:
        iterable = self.ev(node.iter)
        store = self.store(node.target)
        runs, spans, cost = self._loop_body(node.body)
        orelse = self.block(node.orelse)[1] if node.orelse else None
        fast_slot = self.frame_slot(node.target)
        span = span_of(node.iter)
        ctx = self.ctx

        if fast_slot is not None and orelse is None:
            slot = fast_slot

            def for_fast(f: Frame) -> Any:
                try:
                    source = iterable(f)
                    items = native_iter(source)
                except BaseException as error:
                    note_position(error, span)
                    raise
                index = -1  # the statement running, -1 between them (an error is the loop's own)
                try:
                    for item in items:
                        f[slot] = item
                        ctx.steps_left -= cost
                        if ctx.steps_left < 0:
                            ctx.charge(0)
                        index = 0
                        for run in runs:
                            signal = run(f)
                            if signal is not None:
                                if signal is BREAK:
                                    return None
                                if signal is CONTINUE:
                                    break
                                return signal
                            index += 1  # noqa: SIM113 - enumerate() costs a tuple per statement
                        index = -1
                except BaseException as error:
                    if index >= 0:
                        note_position(error, spans[index])
                    else:
                        name_set_change(error, source)
                    raise
                return None

            return for_fast

        def for_(f: Frame) -> Any:
            try:
                source = iterable(f)
                items = native_iter(source)
            except BaseException as error:
                note_position(error, span)
                raise
            index = -1
            try:
                for item in items:
                    store(f, item)
                    ctx.steps_left -= cost
                    if ctx.steps_left < 0:
                        ctx.charge(0)
                    index = 0
                    for run in runs:
                        signal = run(f)
                        if signal is not None:
                            if signal is BREAK:
                                return None
                            if signal is CONTINUE:
                                break
                            return signal
                        index += 1  # noqa: SIM113 - enumerate() costs a tuple per statement
                    index = -1
            except BaseException as error:
                if index >= 0:
                    note_position(error, spans[index])
                else:
                    name_set_change(error, source)
                raise
            if orelse is not None:
                return orelse(f)
            return None

        return for_

    def as_For(self, node: ast.For) -> Any:
        iterable = self.part(node.iter)
        store: Store | None = None
        gen_store: GenStore | None = None
        if node.target in self.awaits:
            gen_store = self.store_gen(node.target)
        else:
            store = self.store(node.target)
        target_slot = self.frame_slot(node.target)
        slot = -1 if target_slot is None else target_slot
        body_mode, body = self.block_mode(node.body, extra_steps=1)
        body_gen = body_mode == GEN
        orelse_async, orelse = self.block(node.orelse) if node.orelse else (False, None)
        span = span_of(node.iter)

        def for_(f: Frame) -> Gen:
            is_async, ev = iterable
            value = (yield from ev(f)) if is_async else ev(f)
            try:
                items = native_iter(value)
            except BaseException as error:
                note_position(error, span)
                raise
            if isinstance(value, OrderedSetBase):
                items = set_iteration(items, value)
            for item in items:
                if slot >= 0:
                    f[slot] = item
                elif store is not None:
                    store(f, item)
                elif gen_store is not None:
                    yield from gen_store(f, item)
                signal = (yield from body(f)) if body_gen else body(f)
                if signal is not None:
                    if type(signal) is Later:
                        signal = yield from signal.gen
                        if signal is None:
                            continue
                    if signal is BREAK:
                        return None
                    if signal is not CONTINUE:
                        return signal
            if orelse is not None:
                return (yield from orelse(f)) if orelse_async else orelse(f)
            return None

        return for_

    def st_While(self, node: ast.While) -> Any:
        inline = self.slot_compare(node.test)
        test = self.ev(node.test) if inline is None else None
        runs, spans, cost = self._loop_body(node.body)
        orelse = self.block(node.orelse)[1] if node.orelse else None
        ctx = self.ctx

        if inline is not None:
            slot, loader, native, constant, checked = inline
            constant_type = type(constant)

            def while_compare(f: Frame) -> Any:  # `while i < 100:` with the test inlined
                index = -1  # the statement running, -1 between them (an error is the loop's own)
                try:
                    while True:
                        a = f[slot]
                        if type(a) is constant_type:
                            if not native(a, constant):
                                break
                        else:
                            if a is UNBOUND:
                                a = loader(f)
                            if not checked(a, constant):
                                break
                        ctx.steps_left -= cost
                        if ctx.steps_left < 0:
                            ctx.charge(0)
                        index = 0
                        for run in runs:
                            signal = run(f)
                            if signal is not None:
                                if signal is BREAK:
                                    return None
                                if signal is CONTINUE:
                                    break
                                return signal
                            index += 1  # noqa: SIM113 - enumerate() costs a tuple per statement
                        index = -1
                except BaseException as error:
                    if index >= 0:
                        note_position(error, spans[index])
                    raise
                if orelse is not None:
                    return orelse(f)
                return None

            return while_compare
        assert test is not None

        def while_(f: Frame) -> Any:
            index = -1
            try:
                while test(f):
                    ctx.steps_left -= cost
                    if ctx.steps_left < 0:
                        ctx.charge(0)
                    index = 0
                    for run in runs:
                        signal = run(f)
                        if signal is not None:
                            if signal is BREAK:
                                return None
                            if signal is CONTINUE:
                                break
                            return signal
                        index += 1  # noqa: SIM113 - enumerate() costs a tuple per statement
                    index = -1
            except BaseException as error:
                if index >= 0:
                    note_position(error, spans[index])
                raise
            if orelse is not None:
                return orelse(f)
            return None

        return while_

    def as_While(self, node: ast.While) -> Any:
        test = self.part(node.test)
        body_mode, body = self.block_mode(node.body, extra_steps=1)
        body_gen = body_mode == GEN
        orelse_async, orelse = self.block(node.orelse) if node.orelse else (False, None)

        def while_(f: Frame) -> Gen:
            test_async, test_ev = test
            while (yield from test_ev(f)) if test_async else test_ev(f):
                signal = (yield from body(f)) if body_gen else body(f)
                if signal is not None:
                    if type(signal) is Later:
                        signal = yield from signal.gen
                        if signal is None:
                            continue
                    if signal is BREAK:
                        return None
                    if signal is not CONTINUE:
                        return signal
            if orelse is not None:
                return (yield from orelse(f)) if orelse_async else orelse(f)
            return None

        return while_

    # -- exceptions ------------------------------------------------------------------------

    def _exception_instance(self, value: Any) -> BaseException:
        if isinstance(value, type) and issubclass(value, BaseException):
            return value()
        if isinstance(value, BaseException):
            return value
        raise TypeError("exceptions must derive from BaseException")

    def st_Raise(self, node: ast.Raise) -> Any:
        span = span_of(node)
        if node.exc is None:
            handling_slot = self._handling_slot()

            def reraise(f: Frame) -> Any:
                current = f[handling_slot]
                if current is UNBOUND or current is None:
                    error = RuntimeError("No active exception to reraise")
                    note_position(error, span)
                    raise error
                reset_position(current)
                raise current

            return reraise
        exc = self.ev(node.exc)
        cause = self.ev(node.cause) if node.cause is not None else None
        make = self._exception_instance
        ctx = self.ctx

        def raise_(f: Frame) -> Any:
            ctx.charge(RAISE_STEPS)
            error = make(exc(f))
            program_args(error, ctx)  # a long message is scanned here, charged, and never again
            if cause is not None:
                cause_value = cause(f)
                error.__cause__ = None if cause_value is None else make(cause_value)
            reset_position(error)
            note_position(error, span)
            raise error

        return raise_

    def as_Raise(self, node: ast.Raise) -> Any:
        assert node.exc is not None  # a bare `raise` has nothing to await
        span = span_of(node)
        exc = self.part(node.exc)
        cause = self.part(node.cause) if node.cause is not None else None
        make = self._exception_instance
        ctx = self.ctx

        def raise_(f: Frame) -> Gen:
            ctx.charge(RAISE_STEPS)
            exc_async, exc_ev = exc
            error = make((yield from exc_ev(f)) if exc_async else exc_ev(f))
            program_args(error, ctx)
            if cause is not None:
                cause_async, cause_ev = cause
                cause_value = (yield from cause_ev(f)) if cause_async else cause_ev(f)
                error.__cause__ = None if cause_value is None else make(cause_value)
            reset_position(error)
            note_position(error, span)
            raise error

        return raise_

    def _handling_slot(self) -> int:
        """A slot in the owner frame holding the exception being handled (for bare `raise`)."""
        owner = self.scope.owner
        if owner.handling_slot is None:
            owner.handling_slot = owner.alloc()
        return owner.handling_slot

    def st_Assert(self, node: ast.Assert) -> Any:
        test = self.ev(node.test)
        message = self.ev(node.msg) if node.msg is not None else None
        span = span_of(node)

        def assert_(f: Frame) -> Any:
            if not test(f):
                error = AssertionError(message(f)) if message is not None else AssertionError()
                note_position(error, span)
                raise error

        return assert_

    def as_Assert(self, node: ast.Assert) -> Any:
        test_async, test = self.part(node.test)
        message = self.part(node.msg) if node.msg is not None else None
        span = span_of(node)

        def assert_(f: Frame) -> Gen:
            if (yield from test(f)) if test_async else test(f):
                return None
            if message is None:
                error = AssertionError()
            else:
                message_async, message_ev = message
                error = AssertionError((yield from message_ev(f)) if message_async else message_ev(f))
            note_position(error, span)
            raise error

        return assert_

    def _handlers(self, node: ast.Try) -> list[tuple[Any, Store | None, bool, Any, Any]]:
        """(types, store, body_async, body, unbind) per `except` clause; `types` is `None` for a
        bare `except`, a generator function when the clause's types are awaited."""
        handlers: list[tuple[Any, Store | None, bool, Any, Any]] = []
        for handler in node.handlers:
            match_types = self.part(handler.type)[1] if handler.type is not None else None
            store = self._store_name(handler.name) if handler.name else None
            unbind: Callable[[Frame], None] | None = None
            if handler.name:
                unbind = self._unbinder(handler.name)
            body_async, body = self.block(handler.body)
            handlers.append((match_types, store, body_async, body, unbind))
        return handlers

    def _unbinder(self, name: str) -> Callable[[Frame], None]:
        """Unbind `name` (CPython deletes an `except ... as name` target when the handler ends)."""
        res = self.analysis.resolve(self.scope, name)
        slot = res.slot
        module_frame = self.module_frame

        def unbind(f: Frame) -> None:
            if res.kind == "fast":
                f[slot] = UNBOUND
            elif res.kind == "cell":
                f[slot].value = UNBOUND
            else:
                module_frame[slot] = UNBOUND

        return unbind

    def _try(self, node: ast.Try, force_async: bool) -> Any:
        rt = self.rt
        body_async, body = self.block(node.body)
        handlers = self._handlers(node)
        orelse_async, orelse = self.block(node.orelse) if node.orelse else (False, None)
        final_async, final = self.block(node.finalbody) if node.finalbody else (False, None)
        handling_slot = self._handling_slot()

        awaited_types = {index for index, handler in enumerate(node.handlers) if handler.type in self.awaits}

        def matches(f: Frame, error: BaseException, match_types: Any) -> bool:
            return match_types is None or _is_handled(error, match_types(f))

        def run_try(f: Frame) -> Gen:
            try:
                signal = (yield from body(f)) if body_async else body(f)
            except BaseException as caught:
                if is_uncatchable(caught) or rt.dead:
                    raise
                error = as_program_sees(caught)
                for index, (match_types, store, handler_async, handler, unbind) in enumerate(handlers):
                    if (
                        _is_handled(error, (yield from match_types(f)))
                        if index in awaited_types
                        else matches(f, error, match_types)
                    ):
                        forget_context(error)
                        previous = f[handling_slot]
                        f[handling_slot] = error
                        if store is not None:
                            store(f, error)
                        try:
                            return (yield from handler(f)) if handler_async else handler(f)
                        finally:
                            f[handling_slot] = previous
                            if unbind is not None:
                                unbind(f)
                raise
            if orelse is not None and signal is None:
                return (yield from orelse(f)) if orelse_async else orelse(f)
            return signal

        def run_finally(f: Frame) -> Gen:
            try:
                signal = yield from run_try(f)
            except BaseException as error:
                if rt.dead or final is None:
                    raise
                final_signal = (yield from final(f)) if final_async else final(f)
                if final_signal is not None and not is_uncatchable(error):
                    return final_signal
                raise
            if final is None:
                return signal
            final_signal = (yield from final(f)) if final_async else final(f)
            return final_signal if final_signal is not None else signal

        if force_async:
            return run_finally

        def sync_except(f: Frame) -> Any:
            try:
                signal = body(f)
            except BaseException as error:
                if is_uncatchable(error) or rt.dead:
                    raise
                handled = _handle(f, as_program_sees(error))
                if handled is _NOT_HANDLED:
                    raise
                return handled
            if orelse is not None and signal is None:
                return orelse(f)
            return signal

        def _handle(f: Frame, error: BaseException) -> Any:
            for match_types, store, _, handler, unbind in handlers:
                if matches(f, error, match_types):
                    forget_context(error)
                    previous = f[handling_slot]
                    f[handling_slot] = error
                    if store is not None:
                        store(f, error)
                    try:
                        return handler(f)
                    finally:
                        f[handling_slot] = previous
                        if unbind is not None:
                            unbind(f)
            return _NOT_HANDLED

        if final is None:
            return sync_except

        def sync_finally(f: Frame) -> Any:
            try:
                signal = sync_except(f)
            except BaseException as error:
                if rt.dead:
                    raise
                final_signal = final(f)
                if final_signal is not None and not is_uncatchable(error):
                    return final_signal
                raise
            final_signal = final(f)
            return final_signal if final_signal is not None else signal

        return sync_finally

    def st_Try(self, node: ast.Try) -> Any:
        return self._try(node, force_async=False)

    def as_Try(self, node: ast.Try) -> Any:
        return self._try(node, force_async=True)

    # -- imports ---------------------------------------------------------------------------

    def st_Import(self, node: ast.Import) -> Any:
        rt = self.rt
        bindings = [
            (alias.name, alias.asname is None, self._store_name(alias.asname or alias.name.split(".")[0]))
            for alias in node.names
        ]

        def import_(f: Frame) -> Any:
            for module_name, binds_package, store in bindings:
                module = rt.import_module(module_name)
                if binds_package and "." in module_name:  # `import urllib.parse` binds `urllib`
                    module = rt.import_module(module_name.partition(".")[0])
                store(f, module)

        return import_

    def st_ImportFrom(self, node: ast.ImportFrom) -> Any:
        rt = self.rt
        ctx = self.ctx
        module_name = node.module or ""
        if module_name == "__future__":
            # Compiler directives: annotations are never evaluated here, so each is already in force.
            return lambda f: None
        bindings = [(alias.name, self._store_name(alias.asname or alias.name)) for alias in node.names]

        def import_from(f: Frame) -> Any:
            module = rt.import_module(module_name)
            for name, store in bindings:
                try:
                    value = module.ptc_getattr(ctx, name)
                except AttributeError:
                    raise ImportError(cannot_import_message(name, module_name)) from None
                store(f, value)

        return import_from

    # -- with ------------------------------------------------------------------------------

    def as_AsyncWith(self, node: ast.AsyncWith) -> Any:
        return self._with(node)

    def as_With(self, node: ast.With) -> Any:
        return self._with(node)

    def st_With(self, node: ast.With) -> Any:
        run = self._with(node)

        def sync_with(f: Frame) -> Any:
            gen = run(f)
            try:
                gen.send(None)
            except StopIteration as stop:
                return stop.value
            raise RuntimeError("this context manager needs `async with`")

        return sync_with

    st_AsyncWith = as_AsyncWith

    def _with(self, node: ast.With | ast.AsyncWith) -> Any:
        """`async with asyncio.timeout(...)` / `asyncio.TaskGroup()` and other interpreter-owned
        context managers: objects with `ptc_enter()` / `ptc_exit(error)` generator methods."""
        items = [
            (self.part(item.context_expr), self.store_gen(item.optional_vars) if item.optional_vars else None)
            for item in node.items
        ]
        body_async, body = self.block(node.body)
        span = span_of(node)
        asynchronous = isinstance(node, ast.AsyncWith)
        rt = self.rt
        sched = rt.sched

        def run_with(f: Frame, index: int) -> Gen:
            if index == len(items):
                return (yield from body(f)) if body_async else body(f)
            (is_async, ev), store = items[index]
            manager = (yield from ev(f)) if is_async else ev(f)
            if isinstance(manager, ProgramInstance):
                manager = _program_context_manager(manager, asynchronous, sched)
            if not isinstance(manager, PtcContextManager) or (
                asynchronous and getattr(type(manager), "ptc_synchronous_only", False)
            ):
                kind = "asynchronous context manager" if asynchronous else "context manager"
                message = f"{ptc_type_name(manager)!r} object does not support the {kind} protocol"
                if isinstance(manager, ProgramInstance):
                    enter, exit_ = ("__aenter__", "__aexit__") if asynchronous else ("__enter__", "__exit__")
                    if hasattr(type(manager), enter):
                        message += f" (missed {exit_} method)"
                error = TypeError(message)
                note_position(error, span)
                raise error
            protocol = type(manager)  # never the instance: its attributes are not the protocol's
            value = yield from protocol.ptc_enter(manager)
            try:
                # the `as` target is bound inside the block, as CPython does: an error unpacking
                # the `__enter__` result reaches `__exit__`
                if store is not None:
                    yield from store(f, value)
                signal = yield from run_with(f, index + 1)
            except BaseException as error:
                if is_uncatchable(error) or rt.dead:  # no exit code once the run is over
                    raise
                suppress = yield from protocol.ptc_exit(manager, as_program_sees(error))
                if suppress:
                    return None
                raise
            yield from protocol.ptc_exit(manager, None)
            return signal

        def with_(f: Frame) -> Gen:
            return (yield from run_with(f, 0))

        return with_


class _ProgramContextManager(PtcContextManager):
    """A program object in a `with` (`__enter__`/`__exit__`) or `async with` (`__aenter__`/
    `__aexit__`): CPython's protocol, `__exit__` receiving the exception's class, the exception and
    None for its traceback, and a true result suppressing the exception."""

    __slots__ = ("enter", "exit", "sched")

    def __init__(self, enter: Callable[[], Any], exit_: Callable[..., Any], sched: Any) -> None:
        self.enter = enter
        self.exit = exit_
        self.sched = sched

    def ptc_enter(self) -> Gen:
        value = self.enter()
        if self.sched is not None:
            value = yield from self.sched.await_gen(value)
        return value

    def ptc_exit(self, error: BaseException | None) -> Gen:
        result = self.exit(None, None, None) if error is None else self.exit(type(error), error, None)
        if self.sched is not None:
            result = yield from self.sched.await_gen(result)
        return bool(result)


def _program_context_manager(manager: ProgramInstance, asynchronous: bool, sched: Any) -> Any:
    """The protocol's methods, looked up on the class as CPython does (`__exit__` first); the
    manager itself when the class does not define them (the caller's TypeError then says so)."""
    cls = type(manager)
    exit_ = getattr(cls, "__aexit__" if asynchronous else "__exit__", None)
    enter = getattr(cls, "__aenter__" if asynchronous else "__enter__", None)
    if exit_ is None or enter is None:
        return manager
    return _ProgramContextManager(
        partial(enter, manager), partial(exit_, manager), sched if asynchronous else None
    )


_NOT_HANDLED: Any = object()

RAISE_STEPS = 50
"""Raising and unwinding through compiled frames costs tens of microseconds, so a `raise` is priced
like ~50 ordinary steps (measured; keeps raise-in-a-loop bursts within the same time budget)."""


def _is_handled(error: BaseException, wanted: Any) -> bool:
    """Whether an `except wanted` clause catches `error`."""
    if isinstance(wanted, tuple):
        for w in wanted:  # pyright: ignore[reportUnknownVariableType]
            _check_exception_class(w)
    else:
        _check_exception_class(wanted)
    return isinstance(error, wanted)


def _check_exception_class(value: Any) -> None:
    if not (isinstance(value, type) and issubclass(value, BaseException)):
        raise TypeError("catching classes that do not inherit from BaseException is not allowed")


def _unpack_items(ctx: Any, value: Any) -> Any:
    """The elements of a value being unpacked, with CPython's error when it cannot be iterated
    (`a, b = 1`: "cannot unpack non-iterable int object", not `iter()`'s "'int' object is not
    iterable")."""
    try:
        return materialize(ctx, value)
    except TypeError as error:
        if not_iterable(error, value):
            raise TypeError(f"cannot unpack non-iterable {ptc_type_name(value)} object") from None
        raise


def _unpack_exact(ctx: Any, value: Any, count: int) -> Any:
    if type(value) is tuple or type(value) is list:
        items = value
    else:
        items = list(_unpack_items(ctx, value)) if not hasattr(value, "__next__") else _take(value, count + 1)
    if len(items) != count:
        if len(items) > count:
            raise ValueError(f"too many values to unpack (expected {count})")
        raise ValueError(f"not enough values to unpack (expected {count}, got {len(items)})")
    return items


def _take(iterator: Any, count: int) -> list[Any]:
    items: list[Any] = []
    for item in iterator:
        items.append(item)
        if len(items) >= count:
            break
    return items


def _slot_reader(slot: int) -> Eval:
    return lambda f: f[slot]


def _discard(gen: Gen) -> Gen:
    yield from gen
    return None
