"""reminders, ics: the injectors' expiry for cron, Task Scheduler and calendars.

`reminders` only reads: it never marks anything as notified, so a daily cron job keeps saying
what is due until the device is replaced (the exit code is what scripts act on).
"""

from __future__ import annotations

import argparse
import json

from sm_card.commands.context import (
    EXIT_DUE_SOON,
    EXIT_EXPIRED,
    EXIT_INVALID,
    EXIT_OK,
    CommandError,
    Context,
    add_today_option,
    write_output,
)

_EXIT_FOR_LEVEL = {"ok": EXIT_OK, "due_soon": EXIT_DUE_SOON, "expired": EXIT_EXPIRED}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "reminders",
        help="list what is due for the injectors (exit 0 nothing, 10 due soon, "
        "11 expired or fewer than two in date)",
    )
    add_today_option(p)
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--quiet", action="store_true",
                   help="print nothing when nothing is due (cron mails only what matters)")
    p.set_defaults(handler=run_reminders)

    p = sub.add_parser("ics", help="iCalendar file with the injectors' expiry dates and alarms")
    p.add_argument("-o", "--output", required=True, metavar="OUT.ics",
                   help="where to write (- for standard output)")
    p.add_argument("--lead-events", action=argparse.BooleanOptionalAction, default=None,
                   help="also an all-day \"replace soon\" event on each lead day, for "
                   "calendars that drop imported alarms such as Google Calendar (default: the "
                   "setting, on unless changed in the app)")
    p.set_defaults(handler=run_ics)


def run_reminders(ctx: Context) -> int:
    from sm_card.core.reminders import summarize, summary_to_json
    from sm_card.core.settings import Settings
    from sm_card.render.reminder_text import summary_lines

    profiles = ctx.profiles()
    settings = Settings(ctx.store())
    today = ctx.args.today or ctx.today()
    summary = summarize(profiles, today, settings.lead_days, settings.prepare_days)
    code = _EXIT_FOR_LEVEL[summary.level]
    # A procedure to prepare for leaves the exit code at 0 (it is about devices), yet it is
    # something to do: --quiet stays silent only when there is nothing at all to say.
    if ctx.args.quiet and code == EXIT_OK and not any(p.procedures for p in summary.profiles):
        return code
    if ctx.args.json:
        data = summary_to_json(summary)
        data["exit_code"] = code
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for line in summary_lines(summary):
            print(line)
    return code


def run_ics(ctx: Context) -> int:
    from sm_card.core.settings import Settings
    from sm_card.render.ics import render_ics

    profiles = ctx.profiles()
    settings = Settings(ctx.store())
    lead_events = ctx.args.lead_events
    if lead_events is None:
        lead_events = settings.lead_events
    data = render_ics(profiles, now=ctx.now(), lead_days=settings.lead_days,
                      prepare_days=settings.prepare_days, lead_events=lead_events)
    if b"BEGIN:VEVENT" not in data:
        # RFC 5545 wants at least one component; calendar apps refuse an empty file.
        raise CommandError(EXIT_INVALID, "nothing to put in a calendar: no device in use "
                           "and no planned procedure (nor a retired device to cancel); "
                           "nothing written")
    write_output(ctx.args.output, data, data_dir=ctx.data_dir)
    return EXIT_OK
