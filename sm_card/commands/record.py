"""import, export, profiles: moving the record in and out of the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sm_card.commands.context import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_STORE,
    CommandError,
    Context,
    write_output,
)
from sm_card.core import interchange


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import an interchange file (all or nothing)")
    p.add_argument("file", help="the .json file to import (- for standard input)")
    p.set_defaults(handler=run_import)

    p = sub.add_parser("export", help="write the whole store as an interchange file")
    p.add_argument("file", help="where to write (- for standard output)")
    p.add_argument(
        "--format-version", type=int, choices=interchange.SUPPORTED_VERSIONS,
        default=interchange.LATEST_VERSION,
        help="1 writes the published format only (drops device ids, procedures, checklist)",
    )
    p.set_defaults(handler=run_export)

    p = sub.add_parser("profiles", help="list the profiles, one a line")
    p.set_defaults(handler=run_profiles)

    p = sub.add_parser("backup", help="copy the store into the backups/ folder now")
    p.set_defaults(handler=run_backup)

    p = sub.add_parser(
        "recover",
        help="replace a damaged store with the newest sound backup (the damaged file is kept)",
    )
    p.add_argument("--from", dest="source", metavar="FILE",
                   help="a particular backup file instead of the newest")
    p.add_argument("--force", action="store_true",
                   help="also replace a sound store (kept beside it as sm-card.sqlite3.replaced-…)")
    p.set_defaults(handler=run_recover)


def known_catalog_ids() -> set[str]:
    from sm_card.core.catalog import default_catalog

    return default_catalog().known_ids()


def run_import(ctx: Context) -> int:
    source = ctx.args.file
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as err:
        raise CommandError(EXIT_INVALID, f"{source}: cannot read ({err.strerror or err})") from err
    try:
        result = interchange.loads(raw, today=ctx.today(), known_catalog=known_catalog_ids())
    except interchange.InterchangeError as err:
        raise CommandError(EXIT_INVALID, f"{source}: {err}; nothing was imported") from err
    store = ctx.store()
    existing = set(store.profile_names())
    store.replace_profiles(result.profiles)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for profile in result.profiles:
        verb = "replaced" if profile.name in existing else "added"
        print(f"{verb}: {profile.name}")
    return EXIT_OK


def run_export(ctx: Context) -> int:
    store = ctx.store()
    profiles = store.load_all()
    if not profiles:
        raise CommandError(EXIT_STORE, f"{store.path}: holds no profile to export")
    text = interchange.dumps(profiles, now=ctx.now(), version=ctx.args.format_version)
    write_output(ctx.args.file, text)
    return EXIT_OK


def run_profiles(ctx: Context) -> int:
    for name in ctx.store().profile_names():
        print(name)
    return EXIT_OK


def run_backup(ctx: Context) -> int:
    store = ctx.store(daily_backup=False)
    try:
        print(store.backup("manual"))
    except OSError as err:
        raise CommandError(EXIT_STORE, str(err)) from err
    return EXIT_OK


def run_recover(ctx: Context) -> int:
    from sm_card.core import backups

    source = Path(ctx.args.source) if ctx.args.source else None
    try:
        used, kept = backups.recover(ctx.data_dir, ctx.now(), source, force=ctx.args.force)
    except backups.RecoverRefused as err:
        raise CommandError(EXIT_STORE, f"{err}; nothing was changed") from err
    except FileNotFoundError as err:
        raise CommandError(EXIT_STORE, f"{err}; nothing was changed") from err
    except OSError as err:
        raise CommandError(EXIT_STORE, f"{ctx.data_dir}: cannot recover ({err}); the store "
                           "was left as it was") from err
    print(f"restored: {used}")
    if kept is not None:
        what = "damaged" if ".damaged-" in kept.name else "previous"
        print(f"{what} store kept as: {kept}")
    return EXIT_OK
