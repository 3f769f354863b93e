"""import, export, profiles: moving the record in and out of the store."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sm_card.commands.context import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_STORE,
    EXIT_USAGE,
    CommandError,
    Context,
    write_output,
)
from sm_card.core import encryption, interchange
from sm_card.core.validation import escape


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import an interchange file (all or nothing)")
    p.add_argument("file", help="the .json file to import (- for standard input); an "
                   "encrypted file is recognised and needs its passphrase")
    _add_passphrase_file(p)
    p.set_defaults(handler=run_import)

    p = sub.add_parser("export", help="write the whole store as an interchange file")
    p.add_argument("file", help="where to write (- for standard output)")
    p.add_argument(
        "--format-version", type=int, choices=interchange.SUPPORTED_VERSIONS,
        default=interchange.LATEST_VERSION,
        help="1 writes the published format only (drops device ids, procedures, checklist); "
        "2 drops what version 3 added (the photo)",
    )
    p.add_argument("--encrypt", action="store_true",
                   help="seal the file with a passphrase (scrypt + AES-256-GCM); asked twice "
                   "on a terminal, else read from --passphrase-file")
    _add_passphrase_file(p)
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
                   help="a particular backup file instead of the newest, or an export file "
                   "(sm-card export) to rebuild the store from")
    _add_passphrase_file(p)
    p.add_argument("--force", action="store_true",
                   help="also replace a sound store (kept beside it as sm-card.sqlite3.replaced-…)")
    p.set_defaults(handler=run_recover)


def _add_passphrase_file(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="F",
                        help="read the passphrase from the first line of F instead of asking "
                        "on the terminal")


MAX_PASSPHRASE_FILE = 64 * 1024


def read_passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    """The passphrase from --passphrase-file, else asked on the terminal (twice to confirm a new
    one); with neither, exit 2 rather than guess or hang."""
    if args.passphrase_file:
        name = args.passphrase_file
        try:
            with open(name, "rb") as handle:
                raw = handle.read(MAX_PASSPHRASE_FILE + 1)
        except OSError as err:
            raise CommandError(EXIT_USAGE, f"--passphrase-file {escape(name)}: cannot read "
                               f"({err.strerror or err})") from err
        try:
            lines = raw.decode("utf-8-sig").splitlines()
        except UnicodeDecodeError:
            raise CommandError(EXIT_USAGE, f"--passphrase-file {escape(name)}: not UTF-8 "
                               "text") from None
        if len(raw) > MAX_PASSPHRASE_FILE or not lines or not lines[0]:
            raise CommandError(EXIT_USAGE, f"--passphrase-file {escape(name)}: the first line "
                               "must hold the passphrase")
        return lines[0]
    if not sys.stdin.isatty():
        raise CommandError(EXIT_USAGE, "a passphrase is needed and there is no terminal to "
                           "ask on: pass --passphrase-file F")
    import getpass

    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != first:
        raise CommandError(EXIT_USAGE, "the two passphrases differ; nothing was written")
    if not first:
        raise CommandError(EXIT_USAGE, "no passphrase given")
    return first


def known_catalog_ids() -> set[str]:
    from sm_card.core.catalog import default_catalog

    return default_catalog().known_ids()


def _read_source(source: str) -> bytes:
    if source == "-":
        return interchange.read_limited(sys.stdin.buffer)
    with open(source, "rb") as handle:
        return interchange.read_limited(handle)


def _read_interchange(ctx: Context, source: str, refused: str,
                      unreadable: str = "{err}") -> interchange.ImportResult:
    """The interchange file ``source`` (plain or encrypted), read and checked; refused with
    exit 3, ``unreadable`` saying why and ``refused`` what it means ("nothing was imported")."""
    shown = escape(source)
    try:
        raw = _read_source(source)
        if encryption.is_encrypted(raw):
            passphrase = read_passphrase(ctx.args, confirm=False)
            return interchange.loads_encrypted(
                raw, passphrase, today=ctx.today(), known_catalog=known_catalog_ids())
        return interchange.loads(raw, today=ctx.today(), known_catalog=known_catalog_ids())
    except OSError as err:
        raise CommandError(EXIT_INVALID, f"{shown}: cannot read ({err.strerror or err}); "
                           f"{refused}") from err
    except interchange.InterchangeError as err:
        raise CommandError(EXIT_INVALID, f"{shown}: {unreadable.format(err=err)}; "
                           f"{refused}") from err


def run_import(ctx: Context) -> int:
    result = _read_interchange(ctx, ctx.args.file, "nothing was imported")
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
    if ctx.args.encrypt:
        passphrase = read_passphrase(ctx.args, confirm=True)
        try:
            data: bytes | str = interchange.dumps_encrypted(
                profiles, passphrase, now=ctx.now(), version=ctx.args.format_version)
        except encryption.EnvelopeError as err:
            raise CommandError(EXIT_USAGE, f"{err}; nothing was written") from err
    else:
        data = interchange.dumps(profiles, now=ctx.now(), version=ctx.args.format_version)
    write_output(ctx.args.file, data, data_dir=ctx.data_dir)
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


_SQLITE_HEADER = b"SQLite format 3\x00"
# Said when no backup can help: an export file can (found by a person whose backups/ folder
# was gone, holding a fresh export, who got only "no sound backup").
_EXPORT_HINT = ("; an export file (sm-card export) can rebuild it: "
                "`sm-card recover --from FILE.json`")


def _is_export(path: Path) -> bool:
    """``path`` holds an interchange export rather than a store or backup (SQLite)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER
    except OSError:
        return False


def _store_from_export(ctx: Context, source: Path, folder: Path) -> tuple[Path, list[str]]:
    """A store built in ``folder`` from the export file ``source``: (its file, the names)."""
    from sm_card.core.store import Store

    result = _read_interchange(ctx, str(source), "nothing was changed",
                               "neither a backup nor an export sm-card can read ({err})")
    with Store.open(folder) as built:
        built.replace_profiles(result.profiles)
        return built.path, [p.name for p in result.profiles]


def run_recover(ctx: Context) -> int:
    import tempfile

    from sm_card.core import backups

    source = Path(ctx.args.source) if ctx.args.source else None
    if source is not None and not source.exists():
        raise CommandError(EXIT_STORE, f"{escape(str(source))}: no such file; nothing was "
                           "changed")
    names: list[str] = []  # the profiles of an export the store is rebuilt from
    with tempfile.TemporaryDirectory(prefix=".rebuilding-", dir=ctx.data_dir
                                     if ctx.data_dir.is_dir() else None) as folder:
        backup = source
        if source is not None and _is_export(source):
            # Built beside the store (same disk), then put in place as a backup would be:
            # checked, the damaged store kept aside.
            backup, names = _store_from_export(ctx, source, Path(folder))
        try:
            used, kept = backups.recover(ctx.data_dir, ctx.now(), backup,
                                         force=ctx.args.force)
        except backups.RecoverRefused as err:
            raise CommandError(EXIT_STORE, f"{err}; nothing was changed") from err
        except FileNotFoundError as err:
            hint = _EXPORT_HINT if source is None else ""
            raise CommandError(EXIT_STORE, f"{err}; nothing was changed{hint}") from err
        except OSError as err:
            raise CommandError(EXIT_STORE, f"{ctx.data_dir}: cannot recover ({err}); the "
                               "store was left as it was") from err
    if names:
        print(f"rebuilt from the export {source}: {', '.join(names)}")
    else:
        print(f"restored: {used}")
    if kept is not None:
        what = "damaged" if ".damaged-" in kept.name else "previous"
        print(f"{what} store kept as: {kept}")
    return EXIT_OK
