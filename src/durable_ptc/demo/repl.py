"""The demo REPL: type a prompt, a real agent workflow runs, its recorded graph is printed.

Input is read on a thread and queued, so the REPL stays responsive while a run is in progress:
`/cancel` (or Ctrl-C) cancels the running workflow, `/quit` cancels it and leaves, and anything else
typed meanwhile runs after it (type-ahead). When a run holds a call for approval, the REPL asks y/n:
the next line typed answers it (on a pipe, the line after the command that started the run). Works
the same on a terminal and on a pipe.
"""

from __future__ import annotations

import asyncio
import signal
import sys
import threading
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any, TextIO

from .scenarios import SCENARIOS, find_scenario
from .session import DemoSession, RunRecord

HELP = """\
Type a prompt, or a command:
  /scenarios        list the scenarios          /scenario NAME   run one
  /history          this session's runs         /replay [N]      replay run N (default: the last) against the code
  /cancel           cancel the run in progress  /quit            leave
"""

PROMPT = "> "


@dataclass
class Repl:
    session: DemoSession
    ui_url: str | None = None
    namespace: str = "default"
    stdin: TextIO = sys.stdin

    def __post_init__(self) -> None:
        self.out = self.session.out
        self.lines: asyncio.Queue[str | None] = asyncio.Queue()
        self.running: asyncio.Future[RunRecord | None] | None = None
        self.cancelling: asyncio.Future[bool] | None = None
        self.pending: list[str] = []
        """Lines typed ahead, while a run was in progress."""
        self.answer: asyncio.Future[str | None] | None = None
        """The open question's answer (an approval's y/n), set by the next line."""
        self.session.ask = self.ask

    async def ask(self, question: str) -> str | None:
        self.out.write(question)
        self.out.flush()
        if self.pending:  # typed ahead (or piped): the next line answers
            line = self.pending.pop(0)
            self.print(line)
            return line
        self.answer = asyncio.get_running_loop().create_future()
        try:
            return await self.answer
        finally:
            self.answer = None

    def print(self, text: str = "") -> None:
        print(text, file=self.out, flush=True)

    def start_reader(self) -> None:
        loop = asyncio.get_running_loop()

        def read() -> None:
            for line in self.stdin:
                loop.call_soon_threadsafe(self.lines.put_nowait, line.rstrip("\n"))
            loop.call_soon_threadsafe(self.lines.put_nowait, None)

        threading.Thread(target=read, name="demo-repl-input", daemon=True).start()

    def interrupt(self) -> None:
        """Ctrl-C: cancel the run in progress, or leave when idle."""
        if self.running is not None and not self.running.done():
            self.print("\n(Ctrl-C) cancelling the run…")
            self.cancelling = asyncio.ensure_future(self.session.cancel())
        else:
            self.lines.put_nowait(None)

    async def loop(self) -> int:
        model = (
            self.session.model or "the scripted model (no API key needed; prompts are matched to scenarios)"
        )
        self.print(f"\ndurable-ptc demo · model: {model}")
        self.print(HELP)
        self.start_reader()
        loop = asyncio.get_running_loop()
        if threading.current_thread() is threading.main_thread():
            loop.add_signal_handler(signal.SIGINT, self.interrupt)
        pending = self.pending
        while True:
            self.out.write(PROMPT)
            self.out.flush()
            line = pending.pop(0) if pending else await self.lines.get()
            if line is None:
                self.print()
                return 0
            line = line.strip()
            if not line:
                continue
            if line in ("/quit", "/exit"):
                return 0
            run = self.command(line)
            if run is None:
                continue
            self.running = asyncio.ensure_future(run)
            quitting = await self.while_running(pending)
            try:
                await self.running
            except Exception as error:  # a failed run must not end the session
                self.print(f"the run failed: {type(error).__name__}: {error}")
            self.running = None
            if quitting:
                return 0

    async def while_running(self, pending: list[str]) -> bool:
        """Serve input during a run; returns True if the user asked to quit."""
        assert self.running is not None
        quitting = False
        while not self.running.done():
            getter = asyncio.ensure_future(self.lines.get())
            await asyncio.wait({getter, self.running}, return_when=asyncio.FIRST_COMPLETED)
            if not getter.done():
                getter.cancel()
                break
            line = getter.result()
            if self.answer is not None and not self.answer.done():
                self.answer.set_result(line)
                if line is not None:
                    continue
            if line is None or line.strip() in ("/quit", "/exit"):
                quitting = True
                await self.session.cancel()
            elif line.strip() == "/cancel":
                self.print("cancelling the run…")
                await self.session.cancel()
            elif line.strip():
                pending.append(line)
        return quitting

    def command(self, line: str) -> Coroutine[Any, Any, RunRecord | None] | None:
        """Handle `line`; returns the coroutine to run when it starts a run (or a replay)."""
        if not line.startswith("/"):
            return self.session.run(line)
        name, _, argument = line.partition(" ")
        argument = argument.strip()
        if name == "/scenarios":
            width = max(len(n) for n in SCENARIOS)
            for scenario in SCENARIOS.values():
                self.print(f"  {scenario.name:<{width}}  {scenario.summary}")
        elif name == "/scenario":
            scenario = find_scenario(argument)
            if scenario is None:
                self.print(f"no scenario {argument!r}; /scenarios lists them")
                return None
            self.print(f"> {scenario.prompt}")
            return self.session.run(scenario.prompt, scenario)
        elif name == "/history":
            self.history()
        elif name == "/replay":
            return self.replay(argument)
        elif name == "/cancel":
            self.print("nothing is running")
        elif name == "/help":
            self.print(HELP)
        else:
            self.print(f"unknown command {name}; /help lists them")
        return None

    def history(self) -> None:
        if not self.session.runs:
            self.print("no runs yet")
            return
        for number, record in enumerate(self.session.runs, 1):
            what = f"scenario {record.scenario}" if record.scenario else repr(record.prompt[:40])
            self.print(f"  {number}. {record.workflow_id}  {record.status:<9} {record.seconds:5.1f}s  {what}")
            if self.ui_url:
                self.print(f"     {self.ui_url}/namespaces/{self.namespace}/workflows/{record.workflow_id}")
        self.print(f"histories (for `durable-ptc replay`): {self.session.histories}")

    async def replay(self, argument: str) -> RunRecord | None:
        runs = self.session.runs
        if not runs:
            self.print("no runs yet")
            return None
        try:
            record = runs[int(argument) - 1] if argument else runs[-1]
        except (ValueError, IndexError):
            self.print(f"no run {argument!r}; /history lists them")
            return None
        self.print(await self.session.replay(record))
        return None
