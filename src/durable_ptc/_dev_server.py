"""An embedded Temporal dev server: the real server every test, the CLI and the demo run against.

It starts `temporal server start-dev` on free ports, waits until the namespace answers, and stops it
on exit. No server may outlive its owner, however the owner ends: a clean exit or an exception stops
it explicitly, interpreter shutdown stops it via `atexit`, and on Linux the kernel signals it when
the owning process dies (SIGKILL, a killed test run), via `PR_SET_PDEATHSIG`. The server runs in its
own session, so a Ctrl-C in the terminal reaches only Python, which then stops it in order.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import ctypes
import ctypes.util
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from temporalio.api.workflowservice.v1 import DescribeNamespaceRequest
from temporalio.client import Client

from durable_ptc._temporal_cli import Progress, ensure_temporal_cli, print_progress

# Server settings the project relies on, on top of the CLI's own dev defaults.
DEFAULT_DYNAMIC_CONFIG: dict[str, str] = {
    # Workflow updates (used by the SDK test helpers and available to later features).
    "frontend.enableUpdateWorkflowExecution": "true",
    "frontend.enableUpdateWorkflowExecutionAsyncAccepted": "true",
    # Eager activity dispatch: a worker completing a workflow task that schedules activities on its
    # own task queue gets them back in the response, skipping one task-queue hand-off each (the SDK
    # asks for it by default). Off in the server's defaults; docs/performance.md has the figures.
    "system.enableActivityEagerExecution": "true",
}

_running: weakref.WeakSet[DevServer] = weakref.WeakSet()


def free_port(ip: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((ip, 0))
        return probe.getsockname()[1]


class DevServerError(RuntimeError):
    """The dev server did not start or did not become healthy."""


class DevServer:
    """A `temporal server start-dev` child process.

    Use as `async with DevServer() as server: client = await server.connect()`, or call `start()` and
    `stop()` yourself. Start it from the thread that will own it for its lifetime (normally the main
    thread): Linux's parent-death signal fires when the starting *thread* ends.
    """

    def __init__(
        self,
        *,
        cli: str | Path | None = None,
        namespace: str = "default",
        ip: str = "127.0.0.1",
        port: int | None = None,
        ui: bool = False,
        ui_port: int | None = None,
        db_filename: str | Path | None = None,
        log_level: str = "warn",
        dynamic_config: dict[str, str] | None = None,
        extra_args: Sequence[str] = (),
        startup_timeout: float = 60.0,
        progress: Progress | None = print_progress,
    ) -> None:
        self._cli = Path(cli) if cli is not None else None
        self.namespace = namespace
        self.ip = ip
        self.port = port or free_port(ip)
        self.ui_port = (ui_port or free_port(ip)) if ui or ui_port else None
        self.db_filename = Path(db_filename) if db_filename is not None else None
        self.log_level = log_level
        self.dynamic_config = {**DEFAULT_DYNAMIC_CONFIG, **(dynamic_config or {})}
        self.extra_args = list(extra_args)
        self.startup_timeout = startup_timeout
        self._progress = progress
        self._process: subprocess.Popen[bytes] | None = None
        self._log_path: Path | None = None

    @property
    def target(self) -> str:
        """`host:port` of the frontend gRPC service, for `Client.connect`."""
        return f"{self.ip}:{self.port}"

    @property
    def ui_url(self) -> str | None:
        return f"http://{self.ip}:{self.ui_port}" if self.ui_port is not None else None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def command(self, cli: Path) -> list[str]:
        args = [str(cli), "server", "start-dev", "--ip", self.ip, "--port", str(self.port)]
        args += ["--log-level", self.log_level, "--log-format", "pretty"]
        if self.namespace != "default":  # "default" always exists; --namespace adds more
            args += ["--namespace", self.namespace]
        if self.ui_port is not None:
            args += ["--ui-port", str(self.ui_port)]
        else:
            args.append("--headless")
        if self.db_filename is not None:
            args += ["--db-filename", str(self.db_filename)]
        for key, value in self.dynamic_config.items():
            args += ["--dynamic-config-value", f"{key}={value}"]
        return args + self.extra_args

    async def start(self) -> Self:
        if self._process is not None:
            raise DevServerError("this DevServer was already started")
        cli = self._cli or await asyncio.to_thread(ensure_temporal_cli, progress=self._progress)
        if self.db_filename is not None:
            self.db_filename.parent.mkdir(parents=True, exist_ok=True)
        log_fd, log_name = tempfile.mkstemp(prefix="durable-ptc-dev-server-", suffix=".log")
        self._log_path = Path(log_name)
        try:
            self._process = subprocess.Popen(
                self.command(cli),
                stdin=subprocess.DEVNULL,
                stdout=log_fd,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Ctrl-C in the terminal must reach only us (see module doc)
                preexec_fn=_parent_death_signal(self._stop_signal)
                if sys.platform.startswith("linux")
                else None,
            )
        finally:
            os.close(log_fd)
        _running.add(self)
        try:
            await self._wait_until_healthy()
        except BaseException:
            self.stop()
            raise
        return self

    @property
    def _stop_signal(self) -> signal.Signals:
        # A server with a database file shuts down in order; an in-memory one has nothing to save,
        # and a graceful stop takes seconds that every CLI run and test session would pay.
        return signal.SIGTERM if self.db_filename is not None else signal.SIGKILL

    async def _wait_until_healthy(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if not self.running:
                raise DevServerError(f"the Temporal dev server exited during startup:\n{self.log_tail()}")
            try:
                client = await Client.connect(self.target, namespace=self.namespace)
                await client.workflow_service.describe_namespace(
                    DescribeNamespaceRequest(namespace=self.namespace)
                )
                return
            except Exception as error:  # not listening yet, or namespace not registered yet
                last_error = error
                await asyncio.sleep(0.1)
        raise DevServerError(
            f"the Temporal dev server at {self.target} was not healthy after {self.startup_timeout:.0f}s "
            f"(last error: {last_error}):\n{self.log_tail()}"
        )

    async def connect(self, **kwargs: Any) -> Client:
        """A client for this server's namespace; keyword arguments go to `Client.connect`."""
        kwargs.setdefault("namespace", self.namespace)
        return await Client.connect(self.target, **kwargs)

    def log_tail(self, lines: int = 40) -> str:
        if self._log_path is None or not self._log_path.exists():
            return "(no server log)"
        return "\n".join(self._log_path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server and wait for it to exit (SIGKILL after `timeout`). Safe to call twice."""
        process, self._process = self._process, None
        _running.discard(self)
        if process is not None and process.poll() is None:
            process.send_signal(self._stop_signal)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log_path is not None:
            self._log_path.unlink(missing_ok=True)
            self._log_path = None

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def _parent_death_signal(signum: int) -> Callable[[], None]:
    """A `preexec_fn` asking the kernel to signal the child when its parent dies."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    pr_set_pdeathsig = 1
    parent = os.getpid()

    def preexec() -> None:
        libc.prctl(pr_set_pdeathsig, signum)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os.kill(os.getpid(), signum)

    return preexec


@atexit.register
def _stop_all_servers() -> None:
    for server in list(_running):
        with contextlib.suppress(Exception):
            server.stop()
