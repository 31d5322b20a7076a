"""The demo's tools: small, fake-but-real side effects a visitor can inspect and break.

Every tool runs as a Temporal activity in the demo's worker process, which may be killed and
restarted, so tools keep no state in memory: files go to the sandbox directory
(`$DURABLE_PTC_DEMO_SANDBOX`), and a journal in it (`journal.log`) records each side effect, so
"no completed call ran twice" can be checked by reading one file. The failures are the error
taxonomy made visible: `fetch_report` is flaky (retried by policy), `get_weather` rejects unknown
cities (validation feedback the model sees), `slow_task` is long enough to cancel or crash.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from pydantic_ai.toolsets import FunctionToolset
from temporalio import activity
from temporalio.workflow import ActivityConfig

from durable_ptc._errors import ToolExecutionError, ToolRetryableError, ToolValidationError

SANDBOX_ENV = "DURABLE_PTC_DEMO_SANDBOX"
JOURNAL = "journal.log"

FLAKY_FAILURES = 2
"""`fetch_report` fails this many attempts before it succeeds."""

WEATHER = {
    "Paris": {"temp_c": 14, "sky": "light rain"},
    "Tokyo": {"temp_c": 19, "sky": "clear"},
    "Lisbon": {"temp_c": 21, "sky": "sunny"},
    "New York": {"temp_c": 9, "sky": "windy"},
}

DOCS = [
    (
        "Activities",
        "activities",
        "An activity is a call to the outside world; Temporal records its result once it completes.",
    ),
    (
        "Timers",
        "timers",
        "A durable timer survives restarts: asyncio.sleep(3600) in a program costs nothing while it waits.",
    ),
    (
        "Child workflows",
        "child workflows spawn",
        "spawn() starts a child workflow running another durable agent.",
    ),
    (
        "Replay",
        "replay determinism",
        "After a crash the workflow re-runs; recorded results are fed back instead of calling tools again.",
    ),
    (
        "Retries",
        "retries flaky",
        "ToolRetryableError opts a tool into its activity's retry policy; other errors fail at once.",
    ),
    (
        "Cancellation",
        "cancel cancellation",
        "Cancelling a run cancels its in-flight activities and child workflows.",
    ),
]


def sandbox() -> Path:
    configured = os.environ.get(SANDBOX_ENV)
    if not configured:
        raise ToolExecutionError(f"the demo sandbox is not configured (${SANDBOX_ENV} is unset)")
    path = Path(configured)
    path.mkdir(parents=True, exist_ok=True)
    return path


def journal(entry: str) -> None:
    with (sandbox() / JOURNAL).open("a") as log:
        log.write(entry + "\n")


def read_journal(directory: Path) -> list[str]:
    path = directory / JOURNAL
    return path.read_text().splitlines() if path.exists() else []


def _inside_sandbox(path: str) -> Path:
    root = sandbox().resolve()
    target = (root / path).resolve()
    if target == root or root not in target.parents:
        raise ToolValidationError(
            f"path {path!r} must be a relative path inside the sandbox, e.g. 'notes/a.txt'"
        )
    return target


def _attempt() -> int:
    return activity.info().attempt if activity.in_activity() else 1


async def write_file(path: str, content: str) -> str:
    """Write a text file in the sandbox directory (created if needed). Returns a confirmation."""
    target = _inside_sandbox(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(content)
    journal(f"write {path}")
    return f"wrote {len(content)} characters to {path}"


async def read_file(path: str) -> str:
    """Read a text file from the sandbox directory."""
    target = _inside_sandbox(path)
    if not target.is_file():
        raise ToolExecutionError(f"no such file: {path}")
    return target.read_text()


async def list_files() -> list[str]:
    """List the files in the sandbox directory (relative paths)."""
    root = sandbox()
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and p.name != JOURNAL)


async def search_docs(query: str) -> list[dict[str, str]]:
    """Search the (small, built-in) documentation; returns matching entries with a title and text."""
    await asyncio.sleep(0.05)
    words = [w for w in query.lower().split() if len(w) > 2]
    hits = [
        {"title": title, "text": text}
        for title, keywords, text in DOCS
        if any(w in keywords or w in text.lower() for w in words)
    ]
    return hits or [{"title": "No match", "text": f"nothing about {query!r}; try activities, timers, replay"}]


async def get_weather(city: str) -> dict[str, Any]:
    """Current weather for a city: temperature in °C and the sky."""
    if city not in WEATHER:
        raise ToolValidationError(f"unknown city {city!r}; known cities: {', '.join(WEATHER)}")
    return {"city": city, **WEATHER[city]}


async def fetch_report(source: str) -> str:
    """Fetch a report from an upstream service (which is flaky: it often fails before it answers)."""
    attempt = _attempt()
    journal(f"fetch {source} attempt {attempt}")
    if attempt <= FLAKY_FAILURES:
        raise ToolRetryableError(f"upstream {source!r} unavailable (attempt {attempt})")
    return f"report {source!r}: revenue up 12% (fetched on attempt {attempt})"


async def slow_task(name: str, seconds: float) -> str:
    """A long-running job (it takes `seconds` seconds). Returns when done."""
    journal(f"start {name}")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        journal(f"cancelled {name}")
        raise
    journal(f"done {name}")
    return f"{name} finished after {seconds:g}s"


async def send_email(to: str, body: str) -> str:
    """Send an email. A person approves each one before it goes out (the run waits for them)."""
    journal(f"email {to}")
    return f"sent to {to}: {body}"


def outbox_toolset() -> FunctionToolset[Any]:
    """`send_email`, which needs a reviewer's approval (the assistant's only; the demo asks y/n)."""
    toolset = FunctionToolset[Any](id="outbox")
    toolset.add_function(send_email, takes_ctx=False, requires_approval=True)
    return toolset


SLOW_TASK_CONFIG = ActivityConfig(heartbeat_timeout=timedelta(seconds=2))
"""A killed worker stops heartbeating; after 2 s Temporal retries the call on another worker."""


def demo_toolset() -> FunctionToolset[Any]:
    """A fresh toolset with every demo tool (each agent needs its own instance)."""
    toolset = FunctionToolset[Any](id="demo")
    tools: list[Callable[..., Awaitable[Any]]] = [
        write_file,
        read_file,
        list_files,
        search_docs,
        get_weather,
        fetch_report,
    ]
    for tool in tools:
        toolset.add_function(tool, takes_ctx=False)
    toolset.add_function(slow_task, takes_ctx=False, metadata={"temporal": SLOW_TASK_CONFIG})
    return toolset
