"""Find or build the Temporal CLI binary, which contains the dev server.

Every test and the demo run against a real Temporal server, on every machine. A user with internet
gets the binary the way the Temporal SDK itself gets it (a download); machines without internet but
with Go build the pinned CLI version from the Go module proxy once, into the user cache dir. The
lookup order is documented on `ensure_temporal_cli`.

The CLI's own go.mod may carry `replace` directives, which `go install module@version` refuses. We
therefore build from a throwaway module in the cache dir that requires the CLI module and repeats its
replace directives (local-path ones resolved against the downloaded CLI source).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

# v1.5.1 is the newest CLI release whose module graph the Go module proxy can serve on its own:
# later releases replace a nested `cliext` module with a local path that is not published.
# Its server (1.29) supports everything temporalio 1.35 uses here (user metadata, updates, Nexus).
TEMPORAL_CLI_VERSION = "1.5.1"
CLI_GO_MODULE = "github.com/temporalio/cli"
CLI_GO_PACKAGE = f"{CLI_GO_MODULE}/cmd/temporal"

INSTALL_HELP = (
    "Install the Temporal CLI (https://docs.temporal.io/cli#install) and put `temporal` on PATH, "
    "or set TEMPORAL_CLI=/path/to/temporal, or install Go >= 1.23 (https://go.dev/dl/) so "
    "durable-ptc can build it from the Go module proxy."
)

Progress = Callable[[str], None]


class TemporalCliNotFound(RuntimeError):
    """No Temporal CLI binary could be found, downloaded or built."""


def print_progress(message: str) -> None:
    print(f"[durable-ptc] {message}", file=sys.stderr, flush=True)


def cache_root() -> Path:
    """The user cache dir for durable-ptc (`$DURABLE_PTC_CACHE_DIR`, else XDG, else ~/.cache)."""
    explicit = os.environ.get("DURABLE_PTC_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "durable-ptc"


def cached_cli_path(version: str = TEMPORAL_CLI_VERSION) -> Path:
    exe = "temporal.exe" if sys.platform == "win32" else "temporal"
    return cache_root() / "temporal-cli" / version / exe


def ensure_temporal_cli(
    *,
    version: str = TEMPORAL_CLI_VERSION,
    progress: Progress | None = print_progress,
    allow_download: bool = True,
    allow_build: bool = True,
) -> Path:
    """Return the path of a runnable Temporal CLI, obtaining it if needed.

    Order: `$TEMPORAL_CLI` → `temporal` on PATH → a binary previously cached in the user cache dir
    → the temporalio SDK's own download (only when temporal.download is reachable) → a build of the
    pinned version with Go → `TemporalCliNotFound` saying how to install it.
    """
    report = progress or (lambda _message: None)
    explicit = os.environ.get("TEMPORAL_CLI")
    if explicit:
        path = Path(explicit).expanduser()
        if not _is_executable(path):
            raise TemporalCliNotFound(f"TEMPORAL_CLI={explicit!r} is not an executable file.")
        return path
    on_path = shutil.which("temporal")
    if on_path:
        return Path(on_path)
    cached = cached_cli_path(version)
    if _is_executable(cached):
        return cached
    if allow_download and _internet_reachable("temporal.download", 443):
        try:
            return _download_with_sdk(version, cached, report)
        except Exception as error:  # a failed download must not hide the Go fallback
            report(f"downloading the Temporal CLI failed ({error}); trying a Go build")
    go = find_go() if allow_build else None
    if go is not None:
        return build_with_go(go, version, cached, report)
    raise TemporalCliNotFound(
        "No Temporal CLI found: TEMPORAL_CLI is unset, `temporal` is not on PATH, nothing is cached at "
        f"{cached}, no download was possible and no `go` was found to build it. {INSTALL_HELP}"
    )


def find_go() -> Path | None:
    """`go` on PATH, else the usual install locations (CI shells often lack /usr/local/go/bin)."""
    on_path = shutil.which("go")
    if on_path:
        return Path(on_path)
    candidates: list[Path] = []
    goroot = os.environ.get("GOROOT")
    if goroot:
        candidates.append(Path(goroot) / "bin" / "go")
    candidates += [
        Path("/usr/local/go/bin/go"),
        Path("/usr/lib/go/bin/go"),
        Path.home() / "go" / "bin" / "go",
    ]
    candidates += sorted((Path.home() / "sdk").glob("go*/bin/go"), reverse=True)
    candidates += [Path("/opt/homebrew/bin/go"), Path("/usr/local/bin/go")]
    return next((path for path in candidates if _is_executable(path)), None)


def _is_executable(path: Path) -> bool:
    return path.is_file() and os.access(path, os.X_OK)


def _internet_reachable(host: str, port: int, timeout: float = 2.0) -> bool:
    """A quick TCP probe, run in a daemon thread so a hanging DNS lookup cannot stall us."""
    outcome: list[bool] = []

    def probe() -> None:
        try:
            with socket.create_connection((host, port), timeout=timeout):
                outcome.append(True)
        except OSError:
            outcome.append(False)

    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    thread.join(timeout + 0.5)
    return bool(outcome and outcome[0])


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """Serialise concurrent obtainers (two test runs, a test run and the demo) of one version."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_path.open("a") as handle:
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks; concurrent first runs are rare there
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _download_with_sdk(version: str, destination: Path, report: Progress) -> Path:
    """Let temporalio download the CLI (it caches by version), then keep it at our cache path."""
    from temporalio.testing import WorkflowEnvironment

    with _exclusive(destination.with_name(".lock")):
        if _is_executable(destination):
            return destination
        report(f"downloading Temporal CLI v{version} via the temporalio SDK …")
        with tempfile.TemporaryDirectory(dir=destination.parent) as scratch:

            async def download() -> None:
                # The SDK only downloads as part of starting a server, so start one and stop it.
                environment = await WorkflowEnvironment.start_local(
                    download_dest_dir=scratch, dev_server_download_version=f"v{version}"
                )
                await environment.shutdown()

            # In a worker thread: our caller may be running an event loop in this one.
            with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
                pool.submit(asyncio.run, download()).result()
            downloaded = [path for path in Path(scratch).iterdir() if _is_executable(path)]
            if len(downloaded) != 1:
                raise RuntimeError(f"expected one downloaded executable in {scratch}, found {downloaded}")
            downloaded[0].replace(destination)
        report(f"Temporal CLI cached at {destination}")
        return destination


def build_with_go(go: Path, version: str, destination: Path, report: Progress) -> Path:
    """Build the pinned CLI from the Go module proxy into `destination` (minutes, once)."""
    with _exclusive(destination.with_name(".lock")):
        if _is_executable(destination):
            return destination
        started = time.monotonic()
        report(
            f"building Temporal CLI v{version} with {go} into {destination.parent} "
            "(one time only; takes a few minutes) …"
        )
        workdir = destination.parent / "build"
        shutil.rmtree(workdir, ignore_errors=True)
        workdir.mkdir(parents=True)
        env = _go_env(go)
        module = f"{CLI_GO_MODULE}@v{version}"

        report(f"[1/3] downloading {module} from the Go module proxy")
        info = json.loads(_run_go([str(go), "mod", "download", "-json", module], workdir, env).stdout)
        source_dir = Path(info["Dir"])
        cli_mod = json.loads(_run_go([str(go), "mod", "edit", "-json", info["GoMod"]], workdir, env).stdout)
        (workdir / "go.mod").write_text(_throwaway_go_mod(cli_mod, version, source_dir))

        report("[2/3] resolving and downloading its dependencies")
        _run_go_streaming([str(go), "get", f"{CLI_GO_PACKAGE}@v{version}"], workdir, env, report, "modules")

        report("[3/3] compiling (the slow part)")
        partial = workdir / destination.name
        ldflags = f"-s -w -X {CLI_GO_MODULE}/temporalcli.Version={version}"
        _run_go_streaming(
            [str(go), "build", "-v", "-trimpath", "-ldflags", ldflags, "-o", str(partial), CLI_GO_PACKAGE],
            workdir,
            env,
            report,
            "packages",
        )
        partial.replace(destination)
        shutil.rmtree(workdir, ignore_errors=True)
        report(f"Temporal CLI v{version} built in {time.monotonic() - started:.0f}s: {destination}")
        return destination


def _go_env(go: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{go.parent}{os.pathsep}{env.get('PATH', '')}"
    env["CGO_ENABLED"] = "0"  # the CLI is pure Go (modernc SQLite); no C toolchain needed
    env.pop("GOFLAGS", None)  # a user's -mod=vendor or similar would break the throwaway module
    return env


def _throwaway_go_mod(cli_mod: Mapping[str, Any], version: str, source_dir: Path) -> str:
    """go.mod of the build module; `cli_mod` is the CLI's go.mod as `go mod edit -json` prints it."""
    go_version = cli_mod.get("Go") or "1.23"
    lines = ["module durable-ptc.local/temporal-cli-build", "", f"go {go_version}", ""]
    lines.append(f"require {CLI_GO_MODULE} v{version}")
    for replace in cli_mod.get("Replace") or []:
        old, new = replace["Old"], replace["New"]
        old_spec = f"{old['Path']} {old['Version']}" if old.get("Version") else old["Path"]
        if new.get("Version"):
            lines.append(f"replace {old_spec} => {new['Path']} {new['Version']}")
            continue
        local = (source_dir / new["Path"]).resolve()
        if not (local / "go.mod").is_file():
            raise TemporalCliNotFound(
                f"Temporal CLI v{version} replaces {old['Path']} with the local path {new['Path']}, which the "
                f"Go module proxy does not ship, so this version cannot be built here. {INSTALL_HELP}"
            )
        lines.append(f"replace {old_spec} => {local}")
    return "\n".join(lines) + "\n"


def _run_go(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL
    )
    if result.returncode != 0:
        raise TemporalCliNotFound(
            f"`{' '.join(command)}` failed (exit {result.returncode}):\n{result.stderr[-4000:]}\n{INSTALL_HELP}"
        )
    return result


def _run_go_streaming(
    command: list[str], cwd: Path, env: dict[str, str], report: Progress, unit: str, every: float = 15.0
) -> None:
    """Run go, reporting a line count every `every` seconds instead of thousands of lines."""
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert process.stdout is not None
    tail: list[str] = []
    started = last_report = time.monotonic()
    for count, line in enumerate(process.stdout, start=1):
        tail = [*tail[-40:], line.rstrip()]
        now = time.monotonic()
        if now - last_report >= every:
            report(f"      … {count} {unit} so far ({now - started:.0f}s)")
            last_report = now
    if process.wait() != 0:
        detail = "\n".join(tail)
        raise TemporalCliNotFound(
            f"`{' '.join(command)}` failed (exit {process.returncode}):\n{detail}\n{INSTALL_HELP}"
        )
