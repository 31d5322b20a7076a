"""The `durable-ptc demo` command as a user runs it: `--scenario` on its own embedded server, and
the REPL driven line by line through its stdin (prompt in, graph out, commands)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from durable_ptc import DevServer
from durable_ptc._cli import main
from durable_ptc.demo.scenarios import SCENARIOS, find_scenario

CLI = [sys.executable, "-c", "from durable_ptc._cli import main; main()"]


def test_demo_scenario_ptc_on_its_own_embedded_server_prints_the_program_graph(tmp_path: Path) -> None:
    done = subprocess.run(
        [*CLI, "demo", "--scenario", "ptc", "--workdir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "Temporal Web UI: http://127.0.0.1:" in out
    assert "/namespaces/default/workflows/demo-ptc-" in out  # the run's own page
    assert "├─ run_ptc (9 lines)" in out
    for call in (
        "L3 search_docs(query='activities')",
        "L4 spawn(agent_name='researcher'",
        "L7 write_file(path='notes/summary.md'",
    ):
        assert call in out
    assert "dev server ready" in done.stderr and "worker ready" in done.stderr
    assert (tmp_path / "sandbox/notes/summary.md").exists()


def demo(*argv: str) -> int:
    with pytest.raises(SystemExit) as exit_:
        main(["demo", *argv])
    return int(exit_.value.code or 0)


def test_demo_refuses_a_live_model_without_its_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OPENAI_API_KEY", "placeholder")
    monkeypatch.delenv("OPENAI_API_KEY")
    assert demo("--model", "openai:gpt-5", "--scenario", "ptc") == 2
    err = capsys.readouterr().err
    assert (
        "durable-ptc demo: --model openai:gpt-5 needs OPENAI_API_KEY: export it or put `OPENAI_API_KEY=...` in ./.env"
        in err
    )

    (tmp_path / ".env").write_text("OPENAI_API_KEY=sk-from-dotenv\n")
    assert (
        demo("--model", "openai:gpt-5") == 2
    )  # the key is found in .env; the provider package is not installed
    assert "needs the 'openai' package: run `uv add 'pydantic-ai-slim[openai]'`" in capsys.readouterr().err

    assert demo("--model", "gpt-5.5") == 2  # a bare name: OpenAI's, by its prefix
    assert "--model openai:gpt-5.5 needs the 'openai' package" in capsys.readouterr().err
    assert demo("--model", "large") == 2
    assert "a bare name is only understood for gpt-*" in capsys.readouterr().err
    assert demo("--model", "mistral:large") == 2
    assert "provider 'mistral' is not supported; use one of: openai, anthropic" in capsys.readouterr().err


def test_demo_refuses_an_unknown_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    assert find_scenario("retry") is SCENARIOS["retries"]  # the seed demo's name for it
    assert demo("--scenario", "nope") == 2
    assert "no scenario 'nope'; choose one of: tools, ptc, subagents," in capsys.readouterr().err


class Terminal:
    """A REPL process: write lines to it, wait for text in what it printed."""

    def __init__(self, command: list[str]) -> None:
        self.process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            bufsize=1,
        )
        self.output = ""
        self.seen = 0
        self.lock = threading.Lock()
        threading.Thread(target=self.pump, daemon=True).start()

    def pump(self) -> None:
        assert self.process.stdout is not None
        for chunk in iter(lambda: self.process.stdout.read(1), ""):  # type: ignore[union-attr]
            with self.lock:
                self.output += chunk

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def expect(self, text: str, timeout: float = 120) -> str:
        """Wait until `text` appears after what earlier expects consumed; return the output up to it."""
        deadline = time.monotonic() + timeout
        while True:
            with self.lock:
                found = self.output.find(text, self.seen)
                if found >= 0:
                    chunk, self.seen = self.output[self.seen : found + len(text)], found + len(text)
                    return chunk
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise AssertionError(f"never printed {text!r}; output so far:\n{self.output}")
            time.sleep(0.05)


def test_repl_prompt_in_graph_out_and_commands(temporal_server: DevServer, tmp_path: Path) -> None:
    terminal = Terminal([*CLI, "demo", "--address", temporal_server.target, "--workdir", str(tmp_path)])
    try:
        terminal.expect("/quit            leave")
        terminal.send("/scenarios")
        listing = terminal.expect("crash-and-resume")
        assert "ptc" in listing and "durable sleep" in listing

        terminal.send("What's the weather in Paris and Tokyo? Save it to weather.txt.")
        graph = terminal.expect("[completed in")
        assert "get_weather(city='Paris')" in graph and "write_file(path='weather.txt'" in graph
        assert "answer: Paris 14°C (light rain); Tokyo 19°C (clear). Saved to weather.txt." in graph

        terminal.send("/scenario sleep")
        graph = terminal.expect("[completed in")
        assert "timer asyncio.sleep(3)" in graph and "fired" in graph

        terminal.send("/history")
        history = terminal.expect("histories (for `durable-ptc replay`)")
        assert "1. demo-prompt-" in history and "2. demo-sleep-" in history and "scenario sleep" in history

        terminal.send("/replay 1")
        assert "replayed demo-prompt-" in terminal.expect("same commands — deterministic")

        terminal.send("/scenario nope")
        terminal.expect("no scenario 'nope'; /scenarios lists them")

        terminal.send("/quit")
        assert terminal.process.wait(timeout=60) == 0
    finally:
        if terminal.process.poll() is None:
            terminal.process.kill()
    assert (tmp_path / "sandbox/weather.txt").exists()
    assert len(list((tmp_path / "histories").glob("*.json"))) == 2


def test_repl_cancel_stops_the_run_in_progress(temporal_server: DevServer, tmp_path: Path) -> None:
    terminal = Terminal([*CLI, "demo", "--address", temporal_server.target, "--workdir", str(tmp_path)])
    try:
        terminal.expect("/quit            leave")
        terminal.send("Start a long job; I may cancel it.")
        terminal.expect("started workflow")
        deadline = time.monotonic() + 60
        while "start " not in (
            (tmp_path / "sandbox/journal.log").read_text()
            if (tmp_path / "sandbox/journal.log").exists()
            else ""
        ):
            assert time.monotonic() < deadline
            time.sleep(0.1)
        terminal.send("/cancel")
        graph = terminal.expect("[cancelled in")
        assert "cancel requested by the client" in graph
        terminal.send("/quit")
        assert terminal.process.wait(timeout=60) == 0
    finally:
        if terminal.process.poll() is None:
            terminal.process.kill()


def test_repl_asks_y_n_for_a_call_held_for_approval_and_the_graph_shows_the_decision(
    temporal_server: DevServer, tmp_path: Path
) -> None:
    terminal = Terminal([*CLI, "demo", "--address", temporal_server.target, "--workdir", str(tmp_path)])
    try:
        terminal.expect("/quit            leave")
        terminal.send("/scenario approval")
        asked = terminal.expect("? [y/n] ")
        assert "approve send_email(to='ann@example.com', body='Paris today: 14°C, light rain')" in asked
        terminal.send("y")
        graph = terminal.expect("[completed in")
        assert "approval-1 send_email: held for a reviewer  (approved, " in graph
        assert 'answer: Done: "sent to ann@example.com: Paris today: 14\\u00b0C, light rain"' in graph

        terminal.send("/scenario approval")
        terminal.expect("? [y/n] ")
        terminal.send("n")
        graph = terminal.expect("[completed in")
        assert "approval-1 send_email: held for a reviewer  (denied: declined at the demo's prompt, " in graph
        assert 'answer: Done: "not sent: declined at the demo\'s prompt"' in graph
        terminal.send("/quit")
        assert terminal.process.wait(timeout=60) == 0
    finally:
        if terminal.process.poll() is None:
            terminal.process.kill()
    journal = (tmp_path / "sandbox/journal.log").read_text().splitlines()
    assert journal.count("email ann@example.com") == 1


def test_demo_approve_flag_decides_without_asking(temporal_server: DevServer, tmp_path: Path) -> None:
    done = subprocess.run(
        [*CLI, "demo", "--scenario", "approval", "--approve", "no", "--address", temporal_server.target,
         "--workdir", str(tmp_path)],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[y/n]" not in done.stdout
    assert (
        "approval-1 send_email: held for a reviewer  (denied: declined at the demo's prompt, " in done.stdout
    )
    assert "approval-1 denied (declined at the demo's prompt)" in done.stderr
