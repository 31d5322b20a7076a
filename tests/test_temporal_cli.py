"""The Temporal CLI lookup honours its documented order and fails with instructions, not silently."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from durable_ptc import _temporal_cli
from durable_ptc._temporal_cli import TemporalCliNotFound, cached_cli_path, ensure_temporal_cli


def make_executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No CLI anywhere: empty PATH and cache, no internet, no go — each test adds one source back."""
    monkeypatch.delenv("TEMPORAL_CLI", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setenv("DURABLE_PTC_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(_temporal_cli, "_internet_reachable", lambda host, port: False)
    monkeypatch.setattr(_temporal_cli, "find_go", lambda: None)
    return tmp_path


def test_nothing_available_raises_with_install_instructions(isolated: Path) -> None:
    with pytest.raises(TemporalCliNotFound, match=r"TEMPORAL_CLI=.*go\.dev/dl"):
        ensure_temporal_cli(progress=None)


def test_explicit_env_var_wins_over_path_and_cache(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    explicit = make_executable(isolated / "explicit" / "temporal")
    make_executable(isolated / "bin" / "temporal")
    make_executable(cached_cli_path())
    monkeypatch.setenv("TEMPORAL_CLI", str(explicit))
    assert ensure_temporal_cli(progress=None) == explicit


def test_env_var_pointing_nowhere_is_an_error_not_a_fallback(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_executable(isolated / "bin" / "temporal")
    monkeypatch.setenv("TEMPORAL_CLI", str(isolated / "missing"))
    with pytest.raises(TemporalCliNotFound, match="not an executable"):
        ensure_temporal_cli(progress=None)


def test_path_wins_over_cache(isolated: Path) -> None:
    on_path = make_executable(isolated / "bin" / "temporal")
    make_executable(cached_cli_path())
    assert ensure_temporal_cli(progress=None) == on_path


def test_cached_build_is_reused_before_any_download_or_build(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cached = make_executable(cached_cli_path())
    monkeypatch.setattr(_temporal_cli, "_internet_reachable", lambda host, port: True)
    monkeypatch.setattr(_temporal_cli, "find_go", lambda: Path("/usr/bin/false"))
    assert ensure_temporal_cli(progress=None) == cached
    assert cached.parent.parent.parent == isolated / "cache"


def test_go_build_is_used_when_offline(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    go = make_executable(isolated / "go" / "bin" / "go")
    built: list[tuple[Path, str, Path]] = []

    def fake_build(go_path: Path, version: str, destination: Path, report: object) -> Path:
        built.append((go_path, version, destination))
        return make_executable(destination)

    monkeypatch.setattr(_temporal_cli, "find_go", lambda: go)
    monkeypatch.setattr(_temporal_cli, "build_with_go", fake_build)
    assert ensure_temporal_cli(progress=None) == cached_cli_path()
    assert built == [(go, _temporal_cli.TEMPORAL_CLI_VERSION, cached_cli_path())]


def test_throwaway_module_repeats_replace_directives(tmp_path: Path) -> None:
    (tmp_path / "src" / "cliext").mkdir(parents=True)
    (tmp_path / "src" / "cliext" / "go.mod").write_text("module github.com/temporalio/cli/cliext\n")
    cli_mod = {
        "Go": "1.25.0",
        "Replace": [
            {
                "Old": {"Path": "example.com/a", "Version": "v1.0.0"},
                "New": {"Path": "example.com/b", "Version": "v1.1.0"},
            },
            {"Old": {"Path": "github.com/temporalio/cli/cliext"}, "New": {"Path": "./cliext"}},
        ],
    }
    go_mod = _temporal_cli._throwaway_go_mod(cli_mod, "1.2.3", tmp_path / "src")
    assert "go 1.25.0" in go_mod
    assert "require github.com/temporalio/cli v1.2.3" in go_mod
    assert "replace example.com/a v1.0.0 => example.com/b v1.1.0" in go_mod
    assert f"replace github.com/temporalio/cli/cliext => {(tmp_path / 'src' / 'cliext').resolve()}" in go_mod


def test_unbuildable_local_replace_is_reported(tmp_path: Path) -> None:
    cli_mod = {
        "Replace": [{"Old": {"Path": "github.com/temporalio/cli/cliext"}, "New": {"Path": "./cliext"}}]
    }
    with pytest.raises(TemporalCliNotFound, match="does not ship"):
        _temporal_cli._throwaway_go_mod(cli_mod, "9.9.9", tmp_path)
