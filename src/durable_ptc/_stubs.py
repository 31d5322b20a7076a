"""The `run_ptc` description: the callable tools as Python stubs, rendered the way Pydantic AI does.

A model writes better code against `async def read_file(*, path: str) -> str` than against JSON
schema, so the stubs reuse Pydantic AI's `FunctionSignature` rendering (types, TypedDicts for nested
objects, docstrings with argument descriptions). The same tool definitions become the interpreter's
`ToolSpec`s, so what the model is shown is exactly what a program can call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ptc_interpreter.host import ToolParameter, ToolSpec
from ptc_interpreter.limits import Limits
from ptc_interpreter.modules import MODULE_FACTORIES
from pydantic_ai.function_signature import FunctionSignature
from pydantic_ai.tools import ToolDefinition

PROGRAM_GUIDE = """\
Run an async Python program. Tool calls inside it run durably (each one is recorded and never
repeated after a crash); use them to do many tool calls in one step, in loops or concurrently.

- Top-level `await` works: call tools with `await` and keyword arguments; run calls concurrently
  with `await asyncio.gather(...)`. Tool results are plain data (dicts, lists, str, numbers).
- A failed tool call raises an exception you can catch; `str(e)` is the tool's message.
- `print(...)` output is returned as `stdout` (`sys.stderr.write(...)` output as `stderr`); the
  value of the last expression statement is returned as `value`.
- Importable modules: {modules}.
- Not available: files, network or the OS except through the tools below; `open`, `eval`,
  `exec`, `os` (`sys` holds only constants, `stdout` and `stderr`); attributes starting with `_`
  (except your own classes' special methods).
- Limits per program: {limits}; a program that exceeds one stops with an error saying which.

Example:
```python
{example}
```

The tools callable from the program:
"""


def render_stubs(tool_defs: Sequence[ToolDefinition]) -> str:
    signatures = [
        FunctionSignature.from_schema(
            name=tool_def.name,
            parameters_schema=tool_def.parameters_json_schema,
            return_schema=tool_def.return_schema,
        )
        for tool_def in tool_defs
    ]
    conflicts = FunctionSignature.get_conflicting_type_names(signatures)
    parts = FunctionSignature.render_type_definitions(signatures, conflicts)
    parts.extend(
        signature.render(
            "...",
            description=_with_constraints(tool_def),
            is_async=True,
            conflicting_type_names=conflicts,
        )
        for signature, tool_def in zip(signatures, tool_defs, strict=True)
    )
    return "\n\n".join(parts)


def describe_program_tool(tool_defs: Sequence[ToolDefinition], limits: Limits) -> str:
    stubs = render_stubs(tool_defs) if tool_defs else "# (no tools are available to programs)"
    modules = ", ".join(f"`{name}`" for name in sorted(MODULE_FACTORIES))
    guide = PROGRAM_GUIDE.format(
        modules=modules, limits=_describe_limits(limits), example=example_program(tool_defs)
    )
    return f"{guide}```python\n{stubs}\n```"


def _describe_limits(limits: Limits) -> str:
    return (
        f"{limits.max_steps:,} evaluation steps, {limits.max_tool_calls:,} tool calls "
        f"({limits.max_concurrent_calls} at once), {limits.max_recursion_depth} nested function calls, "
        f"{limits.max_string_length:,} characters per string, {limits.max_container_length:,} items "
        f"per list/dict/set, {limits.max_stdout_chars:,} characters of printed output"
    )


# -- parameter constraints --------------------------------------------------------------------------

_COMPARISONS = {"minimum": ">=", "exclusiveMinimum": ">", "maximum": "<=", "exclusiveMaximum": "<"}
_LENGTHS = {"minLength": ">=", "maxLength": "<=", "minItems": ">=", "maxItems": "<="}


def _with_constraints(tool_def: ToolDefinition) -> str | None:
    """The tool's description plus the JSON-schema bounds the stub's types cannot show
    (`quantity > 0`, `len(sku) <= 12`), so the model does not learn them from a failed call."""
    constraints = [
        rule
        for name, schema in tool_def.parameters_json_schema.get("properties", {}).items()
        for rule in _parameter_constraints(name, schema)
    ]
    if not constraints:
        return tool_def.description
    line = f"Constraints: {'; '.join(constraints)}."
    return f"{tool_def.description.rstrip()}\n\n{line}" if tool_def.description else line


def _parameter_constraints(name: str, schema: Any) -> list[str]:
    if not isinstance(schema, dict):
        return []
    rules = [f"{name} {op} {schema[key]!r}" for key, op in _COMPARISONS.items() if key in schema]
    rules += [f"len({name}) {op} {schema[key]!r}" for key, op in _LENGTHS.items() if key in schema]
    if "multipleOf" in schema:
        rules.append(f"{name} is a multiple of {schema['multipleOf']!r}")
    if "pattern" in schema:
        rules.append(f"{name} matches the regular expression {schema['pattern']!r}")
    if "format" in schema:
        rules.append(f"{name} is in {schema['format']} format")
    return rules


# -- the example program ----------------------------------------------------------------------------


def example_program(tool_defs: Sequence[ToolDefinition]) -> str:
    """A short, complete program written against the agent's own tools: a concurrent gather, a call
    whose failure is caught, and a result value. Without tools, a neutral computation."""
    callable_defs = [tool_def for tool_def in tool_defs if tool_def.name.isidentifier()]
    if not callable_defs:
        return "import json\nsquares = {n: n * n for n in range(5)}\nprint(json.dumps(squares))\nsum(squares.values())"
    first = callable_defs[0]
    second = callable_defs[1] if len(callable_defs) > 1 else first
    return "\n".join(
        [
            "import asyncio",
            "# independent calls run concurrently",
            f"a, b = await asyncio.gather({_example_call(first, 1)}, {_example_call(first, 2)})",
            "try:",
            f"    c = await {_example_call(second, 1)}",
            "except Exception as error:  # str(error) is the tool's message",
            "    c = str(error)",
            '{"a": a, "b": b, "c": c}',
        ]
    )


def _example_call(tool_def: ToolDefinition, variant: int) -> str:
    schema = tool_def.parameters_json_schema
    required = schema.get("required", ())
    arguments = [
        f"{name}={_example_value(name, property_schema, variant)!r}"
        for name, property_schema in schema.get("properties", {}).items()
        if name in required and name.isidentifier()
    ]
    return f"{tool_def.name}({', '.join(arguments)})"


def _example_value(name: str, schema: Any, variant: int) -> Any:
    """A value of the parameter's JSON-schema type that meets its bounds (`quantity > 0` → 1)."""
    if not isinstance(schema, dict):
        return f"{name}-{variant}"
    if schema.get("enum"):
        options = schema["enum"]
        return options[(variant - 1) % len(options)]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
        value = max(low + (1 if "exclusiveMinimum" in schema else 0), variant)
        high = schema.get("maximum", schema.get("exclusiveMaximum"))
        if high is not None and value >= high:
            value = low + (1 if "exclusiveMinimum" in schema else 0)
        return value if kind == "number" or isinstance(value, int) else int(value)
    if kind == "boolean":
        return variant == 1
    if kind == "array":
        return []
    if kind == "object":
        return {}
    if kind == "null":
        return None
    return f"{name}-{variant}"


def tool_spec(tool_def: ToolDefinition) -> ToolSpec:
    """Bind a program's call to the tool's JSON-schema properties, positionally in schema order."""
    schema = tool_def.parameters_json_schema
    required = set(schema.get("required", ()))
    parameters = tuple(ToolParameter(name, name in required) for name in schema.get("properties", {}))
    if schema.get("additionalProperties") not in (None, False):
        parameters += (ToolParameter("kwargs", False, "var_keyword"),)
    return ToolSpec(name=tool_def.name, parameters=parameters, description=tool_def.description)
