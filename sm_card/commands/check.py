"""check: the record read against itself and the catalog (core/check), one finding a line.

Also the hook `card`, `letter` and `qr-text` call to print the same findings as warnings.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

from sm_card.commands.context import EXIT_FINDINGS, EXIT_OK, Context, add_today_option
from sm_card.core.models import Profile


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="check the record against itself and the catalog, one finding a line "
        "(exit 0 none, 12 some)",
    )
    add_today_option(p)
    p.add_argument("--json", action="store_true",
                   help="print the findings as JSON (code, severity, message, where)")
    p.set_defaults(handler=run_check)


def run_check(ctx: Context) -> int:
    from sm_card.core.catalog import default_catalog
    from sm_card.core.check import check_profile
    from sm_card.render.check_text import line, to_json

    today = ctx.args.today or ctx.today()
    catalog = default_catalog()
    found = [(p.name, f) for p in ctx.profiles() for f in check_profile(p, catalog, today)]
    code = EXIT_FINDINGS if found else EXIT_OK
    if ctx.args.json:
        print(json.dumps({
            "today": today.isoformat(),
            "exit_code": code,
            "findings": [{"profile": name, **to_json(f)} for name, f in found],
        }, ensure_ascii=False, indent=2))
    else:
        for name, finding in found:
            print(f"{name}: {line(finding)}")
    return code


def warn_findings(profile: Profile, today: date) -> None:
    """The check's findings as ``warning:`` lines on standard error (exit codes unchanged)."""
    from sm_card.core.catalog import default_catalog
    from sm_card.render.check_text import check_lines

    for line in check_lines(profile, default_catalog(), today):
        print(f"warning: {line}", file=sys.stderr)
