"""`python -m fuzz --minutes N [--real-server] [--property P ...] [--everything] [--save]`

Runs a campaign and prints, per property, how many programs it tried and what it found (each
finding as the shrunk program's source, its call-site scripts and what differed). `--save` writes
every new finding to fuzz/regressions/ as a permanent example.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings

from .campaign import PropertyReport, run_campaign
from .properties import PROPERTIES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m fuzz",
        description="Run a fuzz campaign and print programs tried and findings per property.",
    )
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument(
        "--real-server", action="store_true", help="also run the properties on a real Temporal dev server"
    )
    parser.add_argument("--property", action="append", choices=sorted(PROPERTIES), dest="properties")
    parser.add_argument("--everything", action="store_true", help="include constructs behind open bugs")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--save", action="store_true", help="save findings to fuzz/regressions/")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", message="The recursion limit will not be reset")

    started = time.monotonic()
    props = tuple(args.properties or PROPERTIES)
    simulated_minutes = args.minutes * (0.5 if args.real_server else 1.0)
    print(f"campaign: {args.minutes:g} min, simulated host: {', '.join(props)}", flush=True)
    reports: list[PropertyReport] = run_campaign(
        simulated_minutes,
        props,
        seed=args.seed,
        everything=args.everything,
        log=lambda line: print(line, flush=True),
    )
    if args.real_server:
        from .server import run_server_campaign

        remaining = max(args.minutes * 60 - (time.monotonic() - started), 90.0)
        reports.extend(
            run_server_campaign(remaining, seed=args.seed, log=lambda line: print(line, flush=True))
        )

    print(f"\n=== summary ({time.monotonic() - started:.0f} s) ===")
    for report in reports:
        print(report.line())
    findings = [f for r in reports for f in r.findings]
    for finding in findings:
        print("\n" + finding.report())
    if args.save and findings:
        from .corpus import Example, save

        for index, finding in enumerate(findings):
            path = save(
                Example(
                    f"{finding.prop}-finding-{int(time.time())}-{index}",
                    finding.prop,
                    finding.case,
                    finding.message,
                    "the property holds",
                )
            )
            print(f"saved {path}")
    print(f"\n{sum(r.programs for r in reports)} programs, {len(findings)} distinct findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
