"""reminders, ics: the injectors' expiry for cron, Task Scheduler and calendars.

`reminders` only reads: it never marks anything as notified, so a daily cron job keeps saying
what is due until the device is replaced (the exit code is what scripts act on).
"""

from __future__ import annotations

import argparse
import contextlib
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


_OUTPUT_NAMES = {"card": "wallet card", "engraving": "bracelet engraving",
                 "lockscreen": "lock-screen image", "action_plan": "action plan"}
_SECTION_NAMES = {"date_of_birth": "date of birth", "blood_type": "blood type",
                  "avoid": "avoid list", "epinephrine": "epinephrine carried",
                  "plan": "physician's plan", "emergency_number": "emergency number",
                  "tolerated": "tolerated agents"}
_SHOWN_CHANGES = 4  # a cron mail line stays readable; the app lists every change


def _change_text(change) -> str:
    section = _SECTION_NAMES.get(change.section, change.section)
    if change.added:
        noted = f", added {change.noted_on.isoformat()}" if change.noted_on else ""
        return f"it lacks {change.item} ({section}{noted})"
    return f"it still shows {change.item} ({section}), no longer in the record"


def stale_lines(name: str, outputs) -> list[str]:
    """One line per output that no longer matches the record."""
    lines = []
    for out in outputs:
        what = _OUTPUT_NAMES.get(out.kind, out.kind)
        if out.kind == "engraving":  # its lines are the output itself, not record items
            now = " / ".join(c.item for c in out.changes if c.added) or "(nothing new)"
            lines.append(f"{name}: your bracelet engraving made on "
                         f"{out.issued.issued_at.date().isoformat()} no longer matches the "
                         f"record; its changed lines would now read: {now}")
            continue
        parts = [_change_text(c) for c in out.changes[:_SHOWN_CHANGES]]
        if len(out.changes) > _SHOWN_CHANGES:
            parts.append(f"and {len(out.changes) - _SHOWN_CHANGES} more changes")
        lines.append(f"{name}: your {what} made on {out.issued.issued_at.date().isoformat()} "
                     f"is out of date: {'; '.join(parts)}; make a new one")
    return lines


def _stale_to_json(name: str, outputs) -> list[dict]:
    return [{"profile": name, "output": out.kind,
             "made_at": out.issued.issued_at.isoformat(),
             "changes": [{"section": c.section, "item": c.item,
                          "change": "added" if c.added else "removed",
                          "noted_on": c.noted_on.isoformat() if c.noted_on else None}
                         for c in out.changes]}
            for out in outputs]


def run_reminders(ctx: Context) -> int:
    from sm_card.core.issued import stale_outputs
    from sm_card.core.reminders import summarize, summary_to_json
    from sm_card.core.settings import Settings
    from sm_card.render.reminder_text import summary_lines

    def engraving_lines(*args, **kwargs):
        # render/summary.py (~3.5 ms to import) only for a person who had an engraving made
        from sm_card.render.summary import engraving_lines as lines

        return lines(*args, **kwargs)

    profiles = ctx.profiles()
    store = ctx.store()
    settings = Settings(store)
    today = ctx.args.today or ctx.today()
    summary = summarize(profiles, today, settings.lead_days, settings.prepare_days)
    stale = [(p.name, stale_outputs(store.issued_outputs(p), p,
                                    emergency_number=settings.emergency_number_for(p.db_id),
                                    engraving_lines=engraving_lines))
             for p in profiles]
    stale = [(name, outs) for name, outs in stale if outs]
    code = _EXIT_FOR_LEVEL[summary.level]
    # A procedure to prepare for or a card out of date leaves the exit code at 0 (it is about
    # the person's devices), yet it is something to do: --quiet stays silent only when there
    # is nothing of the kind. A place with fewer than two devices is a standing state (one
    # pen in the handbag, one at the office), not news: mailed every day it taught a father
    # to skip the mail, so --quiet names it only in a mail sent for something else.
    if (ctx.args.quiet and code == EXIT_OK and not stale
            and not any(p.procedures for p in summary.profiles)):
        return code
    if ctx.args.json:
        data = summary_to_json(summary)
        data["stale_outputs"] = [item for name, outs in stale
                                 for item in _stale_to_json(name, outs)]
        data["exit_code"] = code
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for line in summary_lines(summary) + [x for name, outs in stale
                                              for x in stale_lines(name, outs)]:
            print(line)
    return code


def run_ics(ctx: Context) -> int:
    from sm_card.core.calendar_export import gone_since, record_export
    from sm_card.core.settings import Settings
    from sm_card.core.store import StoreError
    from sm_card.render.ics import render_ics

    profiles = ctx.profiles()
    settings = Settings(ctx.store())
    lead_events = ctx.args.lead_events
    if lead_events is None:
        lead_events = settings.lead_events
    # Devices the window's last calendar export held that no record has now (an addition
    # undone, a profile deleted): cancelled in this file too.
    everyone = profiles if ctx.args.profile is None else ctx.store().load_all()
    gone = gone_since(ctx.store(), everyone)
    data = render_ics(profiles, now=ctx.now(), lead_days=settings.lead_days,
                      prepare_days=settings.prepare_days, lead_events=lead_events, gone=gone)
    if b"BEGIN:VEVENT" not in data:
        # RFC 5545 wants at least one component; calendar apps refuse an empty file.
        raise CommandError(EXIT_INVALID, "nothing to put in a calendar: no device in use "
                           "and no planned procedure (nor a retired device to cancel); "
                           "nothing written")
    write_output(ctx.args.output, data, data_dir=ctx.data_dir)
    if ctx.args.profile is None:
        # What this file holds, as the window's export remembers it: a device that leaves the
        # record before the next file (re-imported under a new id, deleted) is cancelled
        # there. A one-person file leaves the family's record as the last whole one made it.
        # A store that cannot be written (read-only, a full disk) forgets it, as the window
        # does: the file is written all the same.
        with contextlib.suppress(StoreError):
            record_export(ctx.store(), profiles, ctx.now())
    return EXIT_OK
