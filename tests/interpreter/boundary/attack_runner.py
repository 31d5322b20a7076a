"""Runs the attack corpus in `attacks/` and classifies each attack as HELD or BROKEN.

Each attack file is one program a model could submit to `ptc_interpreter.run`. It runs in a fresh
process (`attack_child.py`: 1 GiB address space, 10 s CPU, a wall alarm) under three environments
that differ in hash seed, host time zone and locale. An attack HOLDS when, in every environment,
it ends in a clean `PtcError` (never `PtcInternalError`, never a raw exception or a dead process) or
a result, within the CPU cap; nothing program-readable (value, stdout, error report) contains a
memory address, a host module/class path or a host file path; no program code runs after `run()`
returned; the host's regex flags, `dataclasses.MISSING` and a reference program are unchanged
afterwards in the same process; and the three environments give identical outcomes.

A header line `# expect: error` in an attack requires a `PtcError` (`# expect: runtime-error`: a
`PtcRuntimeError`, the program's own error, not a forged tool or limit report); `# expect: value <repr>` requires
that result. Usage: `python attack_runner.py [--jobs N] [NAME_SUBSTRING ...]`; exit status 1 if any
attack is BROKEN. This file is not collected by pytest (it is not a test module).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ATTACKS = HERE / "attacks"
CHILD = HERE / "attack_child.py"
ENVIRONMENTS = (
    {"PYTHONHASHSEED": "0", "TZ": "UTC", "LC_ALL": "C"},
    {"PYTHONHASHSEED": "1", "TZ": "Asia/Tokyo", "LC_ALL": "C.UTF-8"},
    {"PYTHONHASHSEED": "4242", "TZ": "America/Los_Angeles", "LC_ALL": "C.UTF-8"},
)
CPU_LIMIT_S = 10.0
PROGRAM_MODULES = (
    "__main__|asyncio|bisect|collections|copy|dataclasses|datetime|decimal|enum|fractions|functools|heapq|itertools|json"
    "|math|operator|random|re|statistics|string|time|typing|difflib|pprint"
    "|base64|binascii|contextlib|csv|_csv|hashlib|html|io|_io|sys|textwrap|types|unicodedata|urllib|uuid"
)
"""Modules a program can name (or whose classes CPython names in its reprs: `<class '_csv.Error'>`,
`<class 'binascii.Error'>`): `<class 're.Pattern'>` names one of them, and a program's own classes
are `<class '__main__.Outer.C'>`, as CPython would print them."""
LEAK_PATTERNS = [
    (re.compile(r"0x[0-9a-fA-F]{6,}"), "memory address"),
    (re.compile(r" at 0x"), "memory address"),
    (re.compile(r"ptc_interpreter|durable_ptc"), "host module path"),
    (
        re.compile(
            r"\b(NativeFunction|ShimModule|_MISSING_TYPE|BoundNativeMethod|ProgramProperty|RunContext|Scheduler"
            r"|BoundMethod|CachedFunction|CachedProperty|ClassMethod|StaticMethod|CmpKey|FrozenOrderedSet|OrderedSet"
            r"|OrderedSetBase|NamedTupleBase|NativeClass|Partial|PtcObject|ProgramClassMeta|ProgramCoroutine"
            r"|ProgramFunction|ProgramGenerator|ProgramInstance|ProgramRandom|ProgramTask|PtcContextManager|ShimIterator"
            r"|SuperProxy|Suspension|ToolCallAwaitable|ToolFunction|TypeForm|TypeUnion|GatherFuture|HostWork|Pending"
            r"|AttrGetter|ItemGetter|MethodCaller|_GeneratedMethod|_Placeholder|_(?!SpecialForm|GeneratorContextManager)[A-Z][A-Za-z]+"
            r"|EnumMember|EnumMeta|EnumState|FlagMember|MembersView|ClassSpec|ClassBody|NamedTupleForm)\b"
        ),
        "host class name",
    ),
    (
        re.compile(r"<class '(?!(" + PROGRAM_MODULES + r")\.[A-Za-z_.]+')[A-Za-z_]+\.[A-Za-z_.]+'>"),
        "host module path",
    ),
    (re.compile(r"\bbuiltins\.|method-wrapper|wrapper_descriptor|slot wrapper"), "host builtin object"),
    (
        re.compile(r"<function [^>]* at |<frame |<code object |<cell at"),
        "host object repr",
    ),
    (re.compile(r"/work/|/home/|/usr/lib|site-packages|\.py\", line|\.venv"), "host path"),
    (re.compile(r"interpreter bug|internal error", re.I), "internal error"),
]


def header_expectation(code: str) -> tuple[str, str | None]:
    for line in code.splitlines():
        if line.startswith("# expect: runtime-error"):
            return "runtime-error", None
        if line.startswith("# expect: error"):
            return "error", None
        if line.startswith("# expect: value "):
            return "value", line[len("# expect: value ") :].strip()
    return "clean", None


def run_one(path: Path, env_extra: dict[str, str]) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.json"
        env = {**os.environ, **env_extra}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        try:
            proc = subprocess.run(
                [sys.executable, str(CHILD), str(path), str(out)],
                env=env,
                capture_output=True,
                text=True,
                timeout=400,
            )
            code = proc.returncode
            stderr = proc.stderr[-1500:]
        except subprocess.TimeoutExpired:
            code, stderr = -999, "runner timeout"
        data: dict[str, Any] = json.loads(out.read_text()) if out.exists() and out.read_text() else {}
        data["returncode"] = code
        data["stderr"] = stderr
        return data


def cheap_and_clean(data: dict[str, Any]) -> bool:
    attack = data.get("attack", {})
    return (
        data["returncode"] == 0
        and attack.get("outcome") not in (None, "died")
        and attack.get("cpu_s", 99) < 3
    )


def program_visible(report: dict[str, Any]) -> str:
    return "\n".join(str(report.get(k, "")) for k in ("value", "stdout", "detail", "detail_again"))


def comparable(report: dict[str, Any]) -> Any:
    return {k: report.get(k) for k in ("outcome", "value", "stdout", "detail", "limit", "calls")}


def classify(path: Path, runs: list[dict[str, Any]]) -> tuple[str, list[str]]:
    code = path.read_text()
    expectation, expected_value = header_expectation(code)
    reasons: list[str] = []
    for env, data in zip(ENVIRONMENTS, runs, strict=True):
        where = f"[seed={env['PYTHONHASHSEED']} tz={env['TZ']}]"
        attack = data.get("attack", {"outcome": "died"})
        outcome = attack.get("outcome")
        if outcome in ("cpu cap", "wall cap"):
            reasons.append(f"{where} hit the {outcome} ({attack.get('cpu_s')} s CPU used)")
            continue
        if data["returncode"] == -9:
            reasons.append(
                f"{where} killed at the hard CPU limit (stuck in native code past the {CPU_LIMIT_S:.0f} s cap)"
            )
            continue
        if data["returncode"] != 0 or outcome == "died":
            reasons.append(f"{where} process died: rc={data['returncode']} {data['stderr'][-300:]!r}")
            continue
        if outcome.startswith("raw "):
            reasons.append(f"{where} raw exception escaped run(): {attack.get('detail', '')[:300]}")
        if "out of memory" in str(attack.get("detail", "")):
            reasons.append(
                f"{where} allocated until the address-space cap (MemoryError): a real worker "
                "would have been exhausted"
            )
        detail = str(attack.get("detail", ""))
        if outcome == "PtcRuntimeError" and not detail.startswith("line ") and "deadlock" not in detail:
            reasons.append(
                f"{where} an error with no program position (an interpreter failure reported as "
                f"the program's?): {detail[:200]}"
            )
        if outcome == "PtcInternalError":
            reasons.append(f"{where} internal error: {attack.get('detail', '')[:300]}")
        if attack.get("cpu_s", 0) > CPU_LIMIT_S:
            reasons.append(f"{where} cpu {attack['cpu_s']} s")
        if attack.get("str_cpu_s", 0) > 1.0:
            reasons.append(f"{where} str(error) took {attack['str_cpu_s']:.1f} s CPU")
        if attack.get("detail") != attack.get("detail_again"):
            reasons.append(f"{where} str(error) changes between calls (program code in the report)")
        visible = program_visible(attack)
        for pattern, what in LEAK_PATTERNS:
            m = pattern.search(visible)
            if m:
                s = max(0, m.start() - 80)
                distinct = sorted({hit.group(0) for hit in pattern.finditer(visible)})
                reasons.append(f"{where} leak ({what}) {distinct[:20]}: …{visible[s : m.end() + 80]!r}…")
        program_chained = [c for c in attack.get("chained", []) if c.startswith("program.")]
        if program_chained:
            reasons.append(
                f"{where} PtcError keeps the program's exception reachable (__context__/__cause__): "
                f"{program_chained[:3]}"
            )
        if data.get("after_return"):
            reasons.append(f"{where} program code ran after run() returned: {data['after_return'][:3]}")
        if data.get("host_broken"):
            reasons.append(f"{where} host state changed: {data['host_broken']}")
        if data.get("reference_same") is False:
            reasons.append(
                f"{where} reference program changed after the attack: "
                f"{str(data.get('reference_after'))[:400]}"
            )
        if expectation == "runtime-error" and outcome != "PtcRuntimeError":
            reasons.append(
                f"{where} expected the program's own error (PtcRuntimeError), got {outcome}: {detail[:200]}"
            )
        if expectation == "error" and outcome == "ok":
            reasons.append(f"{where} expected a PtcError, got value {attack.get('value', '')[:300]}")
        if expectation == "value" and (outcome != "ok" or attack.get("value") != expected_value):
            reasons.append(
                f"{where} expected value {expected_value}, got {outcome} "
                f"{(attack.get('value') or attack.get('detail', ''))[:300]}"
            )
    firsts = [comparable(d.get("attack", {})) for d in runs]
    if any(f != firsts[0] for f in firsts[1:]):
        diffs = []
        for env, f in zip(ENVIRONMENTS, firsts, strict=True):
            diffs.append(f"seed={env['PYTHONHASHSEED']} tz={env['TZ']}: {json.dumps(f)[:300]}")
        reasons.append("nondeterministic across environments:\n      " + "\n      ".join(diffs))
    return ("BROKEN" if reasons else "HELD"), reasons


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--dir", type=Path, default=ATTACKS)
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    files = sorted(p for p in args.dir.glob("*.py") if not args.names or any(n in p.name for n in args.names))
    # First every attack in one environment; then the other environments only for attacks that ended
    # cleanly and cheaply there (an attack that already broke, or burnt the CPU cap, need not be
    # re-run to be classified, and bombs are what make a round slow on a shared machine).
    with ThreadPoolExecutor(args.jobs) as pool:
        first = list(pool.map(lambda f: run_one(f, ENVIRONMENTS[0]), files))
        again = [f for f, data in zip(files, first, strict=True) if cheap_and_clean(data)]
        later = pool.map(lambda f: [run_one(f, env) for env in ENVIRONMENTS[1:]], again)
        rest = dict(zip(again, later, strict=True))
    results: list[dict[str, Any]] = []
    for f, data in zip(files, first, strict=True):
        results.extend([data, *rest.get(f, [data, data])])
    summary: dict[str, Any] = {}
    broken = 0
    for i, f in enumerate(files):
        runs = results[i * len(ENVIRONMENTS) : (i + 1) * len(ENVIRONMENTS)]
        verdict, reasons = classify(f, runs)
        broken += verdict == "BROKEN"
        first = runs[0].get("attack", {})
        brief = (first.get("value") or first.get("detail") or "")[:160].replace("\n", " | ")
        print(f"{verdict:6} {f.stem}  [{first.get('outcome')} {first.get('cpu_s')}s] {brief}")
        seen: dict[str, int] = {}
        for r in reasons:
            key = re.sub(r"^\[seed=\S+ tz=\S+\] ", "", r)
            key = re.sub(r"0x[0-9a-f]+", "0x…", key)
            seen[key] = seen.get(key, 0) + 1
        for r, n in seen.items():
            print(f"       - ({n}x) " + r.replace("\n", "\n         ")[:1200])
        summary[f.stem] = {"verdict": verdict, "reasons": reasons, "runs": runs}
    print(f"\n{len(files)} attacks: {len(files) - broken} held, {broken} broken")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1))
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
