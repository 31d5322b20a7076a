"""The `run_ptc` description: the callable tools as Python stubs, rendered the way Pydantic AI does.

A model writes better code against `async def read_file(*, path: str) -> str` than against JSON
schema, so the stubs reuse Pydantic AI's `FunctionSignature` rendering (types, TypedDicts for nested
objects, docstrings with argument descriptions). The same tool definitions become the interpreter's
`ToolSpec`s, so what the model is shown is exactly what a program can call.
"""

from __future__ import annotations

from collections.abc import Sequence

from ptc_interpreter.host import ToolParameter, ToolSpec
from ptc_interpreter.modules import MODULE_FACTORIES
from pydantic_ai.function_signature import FunctionSignature
from pydantic_ai.tools import ToolDefinition

PROGRAM_GUIDE = """\
Run an async Python program. Tool calls inside it run durably (each one is recorded and never
repeated after a crash); use them to do many tool calls in one step, in loops or concurrently.

- Top-level `await` works. Call tools with `await`, e.g. `data = await read_file(path='a.txt')`; run calls concurrently
  with `await asyncio.gather(...)`. Tool results are plain data (dicts, lists, str, numbers).
- A failed tool call raises an exception you can catch; `str(e)` is the tool's message.
- `print(...)` output is returned as `stdout`; the value of the last expression statement is
  returned as `value`.
- Importable modules: {modules}. No file, network or OS access except through the tools below.

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
            "...", description=tool_def.description, is_async=True, conflicting_type_names=conflicts
        )
        for signature, tool_def in zip(signatures, tool_defs, strict=True)
    )
    return "\n\n".join(parts)


def describe_program_tool(tool_defs: Sequence[ToolDefinition]) -> str:
    stubs = render_stubs(tool_defs) if tool_defs else "# (no tools are available to programs)"
    modules = ", ".join(f"`{name}`" for name in sorted(MODULE_FACTORIES))
    return f"{PROGRAM_GUIDE.format(modules=modules)}\n```python\n{stubs}\n```"


def tool_spec(tool_def: ToolDefinition) -> ToolSpec:
    """Bind a program's call to the tool's JSON-schema properties, positionally in schema order."""
    schema = tool_def.parameters_json_schema
    required = set(schema.get("required", ()))
    parameters = tuple(ToolParameter(name, name in required) for name in schema.get("properties", {}))
    if schema.get("additionalProperties") not in (None, False):
        parameters += (ToolParameter("kwargs", False, "var_keyword"),)
    return ToolSpec(name=tool_def.name, parameters=parameters, description=tool_def.description)
