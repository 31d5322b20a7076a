"""The scripted model: a Pydantic AI `FunctionModel` that plays a scenario's turns, no API key needed.

A scenario is a list of turns; turn N is the N-th model response (tool calls), computed from what
the model has been shown so far, so a script can react to results the way a model would (quote the
weather it fetched, fix a program after its error report). When the turns run out the model answers
in text. The script is chosen from the user prompt, which makes the model a pure function of the
messages: a replay, or a worker restarted mid-run, makes exactly the same choices.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic_ai.messages import (
    ModelMessage,
    ModelRequest,
    ModelResponse,
    RetryPromptPart,
    TextPart,
    ToolCallPart,
    ToolReturnPart,
    UserPromptPart,
)
from pydantic_ai.models.function import AgentInfo, FunctionModel

SCRIPTED_MODEL_NAME = "scripted"


@dataclass(frozen=True)
class Call:
    tool: str
    args: dict[str, Any]


@dataclass(frozen=True)
class Seen:
    """One tool outcome the model was shown: `outcome` is 'success', 'failed' or 'retry'."""

    tool: str
    outcome: str
    content: Any

    @property
    def text(self) -> str:
        return self.content if isinstance(self.content, str) else json.dumps(self.content, default=str)


Turn = Sequence[Call] | Callable[[list[Seen]], Sequence[Call]]
"""Static calls, or calls computed from everything the model was shown so far."""
Answer = Callable[[list[Seen]], str]


def call(tool: str, **args: Any) -> Call:
    return Call(tool, args)


def program(code: str) -> Call:
    return Call("run_ptc", {"code": code})


@dataclass(frozen=True)
class Script:
    turns: tuple[Turn, ...]
    answer: Answer


def user_prompt(messages: list[ModelMessage]) -> str:
    for message in messages:
        if isinstance(message, ModelRequest):
            for part in message.parts:
                if isinstance(part, UserPromptPart) and isinstance(part.content, str):
                    return part.content
    return ""


def everything_seen(messages: list[ModelMessage]) -> list[Seen]:
    """Every tool outcome the model has been shown so far, oldest first."""
    seen: list[Seen] = []
    for message in messages:
        for part in message.parts if isinstance(message, ModelRequest) else ():
            if isinstance(part, ToolReturnPart):
                seen.append(Seen(part.tool_name, part.outcome, part.content))
            elif isinstance(part, RetryPromptPart):
                seen.append(Seen(part.tool_name or "", "retry", part.model_response()))
    return seen


def play(script: Script, messages: list[ModelMessage]) -> ModelResponse:
    step = sum(isinstance(m, ModelResponse) for m in messages)
    seen = everything_seen(messages)
    if step < len(script.turns):
        turn = script.turns[step]
        calls = turn(seen) if callable(turn) else turn
        if calls:
            return ModelResponse(
                parts=[
                    ToolCallPart(c.tool, c.args, tool_call_id=f"call-{step}-{i}") for i, c in enumerate(calls)
                ],
                model_name=SCRIPTED_MODEL_NAME,
            )
    return ModelResponse(parts=[TextPart(script.answer(seen))], model_name=SCRIPTED_MODEL_NAME)


def scripted_model(choose: Callable[[str], Script]) -> FunctionModel:
    """A `FunctionModel` playing the script `choose(user prompt)` selects."""

    def respond(messages: list[ModelMessage], info: AgentInfo) -> ModelResponse:
        return play(choose(user_prompt(messages)), messages)

    return FunctionModel(respond, model_name=SCRIPTED_MODEL_NAME)
