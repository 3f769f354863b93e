"""The SQLite store: every profile of a household, settings and reminder history.

Every save is one transaction, so a crash, a kill or a full disk leaves the last saved record
intact (SQLite's rollback journal with ``synchronous=FULL``). The schema is versioned with
``PRAGMA user_version`` and migrated forward on open; a store written by a newer app is
refused rather than damaged.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sm_card.core import backups, fields
from sm_card.core.fields import FIELDS
from sm_card.core.models import (
    Diagnosis,
    PremedicationStep,
    Procedure,
    Profile,
)
from sm_card.core.paths import STORE_FILENAME, ensure_private_dir
from sm_card.core.refusals import Refusal
from sm_card.core.validation import parse_partial_date

if TYPE_CHECKING:
    from sm_card.core.issued import Issued


class StoreError(Refusal):
    """The store could not be read or written; the message names the file and why."""


class StoreDamaged(StoreError):
    """The file is not a sound sm-card store: the one case where recovery is offered."""


class StoreChanged(StoreError):
    """Another program wrote to the store since this copy was read; nothing was written."""


_BUSY = ("another program is using the store (an sm-card import or save) and did not finish "
         "in time; nothing was changed, try again")


# Each entry migrates the schema from version N to N+1. Never edit a shipped entry: append.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE profiles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        date_of_birth TEXT,
        weight_kg REAL,
        blood_type TEXT,
        languages TEXT NOT NULL DEFAULT '[]',
        subtype TEXT,
        diagnosed_on TEXT,
        baseline_tryptase_ng_ml REAL,
        tryptase_measured_on TEXT,
        kit_d816v TEXT,
        anaphylaxis_history INTEGER,
        diagnosis_notes TEXT,
        has_diagnosis INTEGER NOT NULL DEFAULT 0,
        emergency_plan TEXT,
        premedication TEXT,
        checklist_done TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE avoid (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        agent TEXT NOT NULL,
        catalog_id TEXT,
        severity TEXT NOT NULL,
        reaction TEXT,
        noted_on TEXT,
        PRIMARY KEY (profile_id, position)
    );
    CREATE TABLE tolerated (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        agent TEXT NOT NULL,
        catalog_id TEXT,
        note TEXT,
        noted_on TEXT,
        PRIMARY KEY (profile_id, position)
    );
    CREATE TABLE medications (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        dose TEXT,
        schedule TEXT,
        purpose TEXT,
        PRIMARY KEY (profile_id, position)
    );
    CREATE TABLE injectors (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        id TEXT NOT NULL,
        product TEXT NOT NULL,
        dose_mg REAL NOT NULL,
        expires_on TEXT NOT NULL,
        lot TEXT,
        location TEXT,
        status TEXT NOT NULL,
        replaces TEXT,
        PRIMARY KEY (profile_id, position),
        UNIQUE (profile_id, id)
    );
    CREATE TABLE contacts (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        relation TEXT,
        phone TEXT NOT NULL,
        PRIMARY KEY (profile_id, position)
    );
    CREATE TABLE clinicians (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT,
        organisation TEXT,
        phone TEXT,
        email TEXT,
        PRIMARY KEY (profile_id, position)
    );
    CREATE TABLE procedures (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        id TEXT NOT NULL,
        procedure TEXT NOT NULL,
        planned_on TEXT,
        hospital TEXT,
        notes TEXT,
        PRIMARY KEY (profile_id, position),
        UNIQUE (profile_id, id)
    );
    -- What the reminder service already told the person, so each reminder fires once.
    -- subject_id is a device or procedure id; due_key names the reminder (e.g. "lead:30").
    CREATE TABLE reminder_log (
        subject_id TEXT NOT NULL,
        due_key TEXT NOT NULL,
        notified_at TEXT,
        snoozed_until TEXT,
        dismissed INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (subject_id, due_key)
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # What the last printed card, engraving, lock-screen image and action plan of each profile
    # said (core/issued.py), so the app can tell when the record has changed since.
    """
    CREATE TABLE issued_outputs (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        facts TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (profile_id, kind)
    );
    """,
    # Issue 13: a procedure's start time and the physician's premedication steps before it.
    """
    ALTER TABLE procedures ADD COLUMN planned_at TEXT;
    CREATE TABLE premedication_steps (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        procedure_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        what TEXT NOT NULL,
        minutes_before INTEGER,
        PRIMARY KEY (profile_id, procedure_id, position)
    );
    """,
    # Issue 13: the reaction log ("trigger" is an SQL keyword, hence trigger_text).
    """
    CREATE TABLE reactions (
        profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        id TEXT NOT NULL,
        occurred_on TEXT NOT NULL,
        trigger_text TEXT,
        avoid_agent TEXT,
        signs TEXT,
        treatment TEXT,
        acute_tryptase_ng_ml REAL,
        PRIMARY KEY (profile_id, position)
    );
    """,
    # The person's photo (core/photo.py), one row per profile that has one. A table of its
    # own keeps the 200 KB out of the profiles rows every listing reads.
    """
    CREATE TABLE profile_photos (
        profile_id INTEGER PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        jpeg BLOB NOT NULL
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)

# The profile's lists; each has a table named as its attribute.
_PROFILE_LISTS = tuple(f for f in FIELDS[Profile] if f.kind == fields.LIST)
_CHILD_TABLES = (*(f.attr for f in _PROFILE_LISTS), "premedication_steps")


def _entry(model: type, row: sqlite3.Row, **nested: Any) -> Any:
    """A record of a type declared in core/fields.py from its row: one column per field of
    one value (``nested``: the fields kept elsewhere, such as lists in tables of their own)."""
    return model(**{f.attr: _from_column(f, row[f.store_column]) for f in FIELDS[model]
                    if f.kind in fields.COLUMN_KINDS}, **nested)


def _entry_row(record: Any) -> dict[str, Any]:
    return {f.store_column: _to_column(f, getattr(record, f.attr)) for f in FIELDS[type(record)]
            if f.kind in fields.COLUMN_KINDS}


def _to_column(f: fields.Field, value: Any) -> Any:
    if value is not None and f.kind == fields.BOOL:
        return int(value)
    if value is not None and f.kind in (fields.LANGUAGES, fields.CHECKLIST):
        return json.dumps(value)
    return fields.written(f, value)


def _from_column(f: fields.Field, value: Any) -> Any:
    if value is None:
        return None
    kind = f.kind
    if kind == fields.DATE:
        return date.fromisoformat(value)
    if kind == fields.PARTIAL_DATE:
        return parse_partial_date(value)
    if kind == fields.TIME:
        return time.fromisoformat(value)
    if kind == fields.BOOL:
        return bool(value)
    if kind in (fields.LANGUAGES, fields.CHECKLIST):
        return json.loads(value)
    return value


class Store:
    """One household's records in ``DIR/sm-card.sqlite3``."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path,
        now: Callable[[], datetime] = datetime.now, *, read_only: bool = False,
    ):
        self._conn = conn
        self.path = path
        self._now = now
        self.read_only = read_only
        self.backup_problem: str | None = None  # why the last daily backup failed, if it did

    def _backup_if_due(self) -> None:
        """A long-running app keeps a daily backup too (checked after each save)."""
        self.try_daily_backup()  # the save itself succeeded; a miss is retried next time

    def try_daily_backup(self) -> str | None:
        """``daily_backup`` whose failure is returned (and kept in ``backup_problem`` for the
        app to show) instead of raised: a missed backup is a warning, never an error."""
        try:
            self.daily_backup()
        except (OSError, sqlite3.Error) as err:
            self.backup_problem = str(err)
        else:
            self.backup_problem = None
        return self.backup_problem

    def backup(self, reason: str = "manual") -> Path:
        """A consistent copy of the store in backups/ (see backups.rotate for what is kept).

        Raises backups.BackupError (an OSError) when the copy could not be made.
        """
        return backups.make_backup(self._conn, self.path.parent, self._now(), reason)

    def daily_backup(self) -> Path | None:
        """The day's copy, when one is due and the store holds a record; else None.

        Its own step, run by the commands and the app after opening: a failure here (a full
        disk, a read-only folder) is a warning for the caller to show, never a damaged store.
        """
        if self.profile_names() and backups.backup_due(self.path.parent, self._now()):
            return self.backup(backups.DAILY)
        return None

    def data_version(self) -> int:
        """Changes when another connection (the CLI, another process) commits to the store;
        this connection's own writes leave it as it is (SQLite's PRAGMA data_version)."""
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    # --- opening ---------------------------------------------------------------------

    @classmethod
    def open(
        cls, data_dir: Path, now: Callable[[], datetime] = datetime.now,
        *, busy_timeout: float = 5.0,
    ) -> Store:
        """Open the store (creating it if missing). Opening only reads: no backup, no change
        of modes; the schema is upgraded only when it is older than this app's (after a
        backup). When the folder or the file cannot be written, the store opens read-only.

        ``busy_timeout``: how long a write waits for another process's write to end.
        """
        try:
            ensure_private_dir(data_dir)
        except OSError as err:
            raise StoreError(f"{data_dir}: cannot create the data folder ({err.strerror})",
                             "store_folder_uncreatable", folder=str(data_dir),
                             detail=str(err.strerror or err)) from err
        path = data_dir / STORE_FILENAME
        try:
            size = path.stat().st_size if path.exists() else None
        except OSError as err:
            raise StoreError(f"{path}: cannot open the store ({err.strerror or err})",
                             "store_unopenable", path=str(path),
                             detail=str(err.strerror or err)) from err
        if size == 0 and backups.list_backups(data_dir):
            # SQLite never leaves a written store at 0 bytes: the file was truncated.
            raise StoreDamaged(f"{path}: the store is empty (0 bytes) although backups exist; "
                               "it is damaged" + _recovery_hint(data_dir),
                               "store_empty_with_backups", path=str(path))
        read_only = size is not None and not _writable(data_dir, path)
        try:
            if size is None:
                # Create it private before SQLite does; SQLite's journal copies these bits.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            if read_only:
                conn = sqlite3.connect(backups.sqlite_uri(path, mode="ro"), uri=True,
                                       isolation_level=None, check_same_thread=False,
                                       timeout=busy_timeout)
            else:
                conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                       timeout=busy_timeout)
        except (OSError, sqlite3.Error) as err:
            raise StoreError(f"{path}: cannot open the store ({err})", "store_unopenable",
                             path=str(path), detail=str(err)) from err
        store = cls(conn, path, now, read_only=read_only)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            store._check_integrity()
            store._migrate()
        except sqlite3.DatabaseError as err:
            conn.close()
            if _is_busy(err):
                raise StoreError(f"{path}: {_BUSY}", "store_busy", path=str(path)) from err
            if not backups.is_damage(err):
                # An I/O error, a journal that cannot be read: the file may well be sound.
                raise StoreError(f"{path}: cannot read the store ({err}); the file was left "
                                 "as it is", "store_unreadable", path=str(path),
                                 detail=str(err)) from err
            raise StoreDamaged(
                f"{path}: the store is damaged or not an sm-card store ({err})"
                + _recovery_hint(data_dir), "store_not_a_store", path=str(path),
                detail=str(err)) from err
        except StoreError:
            conn.close()
            raise
        return store

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_integrity(self) -> None:
        row = self._conn.execute("PRAGMA quick_check").fetchone()
        if row is None or row[0] != "ok":
            problem = row[0] if row else "no answer"
            raise StoreDamaged(f"{self.path}: the store is damaged ({problem})"
                               + _recovery_hint(self.path.parent), "store_damaged",
                               path=str(self.path), detail=str(problem))

    def _migrate(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: made by a newer sm-card (schema {version}, this app knows "
                f"{SCHEMA_VERSION}); update the app to open it", "store_too_new",
                path=str(self.path), version=version, known=SCHEMA_VERSION)
        if version < SCHEMA_VERSION and self.read_only:
            raise StoreError(
                f"{self.path}: the store needs an upgrade (schema {version} to "
                f"{SCHEMA_VERSION}) but {self.path.parent} cannot be written",
                "store_upgrade_read_only", path=str(self.path), folder=str(self.path.parent))
        if 0 < version < SCHEMA_VERSION:
            # Kept apart from the daily copies; no upgrade without it.
            try:
                backups.make_backup(self._conn, self.path.parent, self._now(),
                                    f"before-schema-{SCHEMA_VERSION}")
            except OSError as err:
                raise StoreError(f"{self.path}: the store was not upgraded ({err})",
                                 "store_not_upgraded", path=str(self.path),
                                 detail=str(err)) from err
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self._transaction() as conn:
                for statement in _split_sql(MIGRATIONS[target - 1]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target}")

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit: all of it is written, or none (also on a full disk).

        BEGIN IMMEDIATE takes the write lock first, so two writers (the app and a CLI import,
        two imports) take turns; one that waits longer than the busy timeout is refused.
        """
        if self.read_only:
            raise StoreError(f"{self.path}: not saved: the data folder or the store cannot be "
                             "written (read-only)", "store_read_only", path=str(self.path))
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            if _is_busy(err):
                raise StoreError(f"{self.path}: not saved: {_BUSY}", "store_write_busy",
                                 path=str(self.path)) from err
            raise StoreError(f"{self.path}: cannot write ({err})", "store_cannot_write",
                             path=str(self.path), detail=str(err)) from err
        try:
            yield self._conn
        except sqlite3.Error as err:
            # SQLite may already have rolled back (a full disk does): only roll back if open.
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise StoreError(f"{self.path}: the change was not saved, the store is as it "
                             f"was before ({err})", "store_not_saved", path=str(self.path),
                             detail=str(err)) from err
        except BaseException:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as err:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            # A reader that keeps the store open longer than the busy timeout blocks a commit.
            if _is_busy(err):
                raise StoreError(f"{self.path}: the change was not saved ({_BUSY})",
                                 "store_write_busy", path=str(self.path)) from err
            raise StoreError(f"{self.path}: the change was not saved ({err})",
                             "store_not_saved", path=str(self.path), detail=str(err)) from err

    # --- profiles --------------------------------------------------------------------

    def profile_names(self) -> list[str]:
        return [r[0] for r in self._conn.execute("SELECT name FROM profiles ORDER BY id")]

    def default_profile_name(self, requested: str | None = None) -> str | None:
        """The profile a command works on: the one asked for, else the first created."""
        names = self.profile_names()
        if requested is not None:
            if requested not in names:
                raise KeyError(requested)
            return requested
        return names[0] if names else None

    def load_all(self) -> list[Profile]:
        return [self.load_profile(name) for name in self.profile_names()]

    def load_profile(self, name: str) -> Profile:
        conn = self._conn
        conn.row_factory = sqlite3.Row
        try:
            row = conn.execute("SELECT * FROM profiles WHERE name = ?", (name,)).fetchone()
            if row is None:
                raise KeyError(name)
            pid = row["id"]

            def rows(table: str) -> list[sqlite3.Row]:
                return conn.execute(
                    f"SELECT * FROM {table} WHERE profile_id = ? ORDER BY position", (pid,)
                ).fetchall()

            steps: dict[str, list[PremedicationStep]] = {}
            for r in conn.execute("SELECT * FROM premedication_steps WHERE profile_id = ? "
                                  "ORDER BY procedure_id, position", (pid,)):
                steps.setdefault(r["procedure_id"], []).append(_entry(PremedicationStep, r))

            def entries(f: fields.Field) -> list[Any]:
                """A list of the profile, from its table (named as the attribute)."""
                if f.entry is Procedure:  # with its steps, from a table of their own
                    return [_entry(Procedure, r, premedication_steps=steps.get(r["id"], []))
                            for r in rows(f.attr)]
                return [_entry(f.entry_type, r) for r in rows(f.attr)]

            return _entry(
                Profile, row,
                db_id=pid,
                diagnosis=_entry(Diagnosis, row) if row["has_diagnosis"] else None,
                photo_jpeg=self._photo(pid),
                **{f.attr: entries(f) for f in _PROFILE_LISTS},
            )
        finally:
            conn.row_factory = None

    def _photo(self, pid: int) -> bytes | None:
        row = self._conn.execute("SELECT jpeg FROM profile_photos WHERE profile_id = ?",
                                 (pid,)).fetchone()
        return None if row is None else bytes(row[0])

    def save_profile(self, profile: Profile, *, unchanged_since: int | None = None) -> None:
        """Write the whole profile in one transaction; sets ``profile.db_id`` when new.

        ``unchanged_since``: a ``data_version()`` value; when another process wrote to the
        store since, StoreChanged is raised and nothing is written (checked under the write
        lock, so no write can slip in between).
        """
        with self._transaction() as conn:
            if unchanged_since is not None and self.data_version() != unchanged_since:
                raise StoreChanged(f"{self.path}: changed by another program since it was read",
                                   "store_changed", path=str(self.path))
            self._write_profile(conn, profile)
        self._backup_if_due()

    def replace_profiles(self, profiles: list[Profile]) -> None:
        """Import: profiles with the same name are replaced, others added; all or nothing."""
        if self.read_only:
            raise StoreError(f"{self.path}: nothing was imported: the data folder or the store "
                             "cannot be written (read-only)", "store_import_read_only",
                             path=str(self.path))
        if self.profile_names():
            try:
                self.backup("before-import")
            except OSError as err:
                raise StoreError(f"{err}; nothing was imported", "store_import_no_backup",
                                 detail=str(err)) from err
        with self._transaction() as conn:
            # A profile replaced keeps its row: still the first created (the one commands
            # print when none is named), and what hangs on its id stays with the person: the
            # record of printed cards (so the card that lacks a newly avoided drug is
            # reported), per-profile settings, corrected travel sentences.
            ids = dict(conn.execute("SELECT name, id FROM profiles").fetchall())
            for profile in profiles:
                profile.db_id = ids.get(profile.name)
                self._write_profile(conn, profile)
                ids[profile.name] = profile.db_id
        self._backup_if_due()

    def delete_profile(self, name: str) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM profiles WHERE name = ?", (name,))

    def _write_profile(self, conn: sqlite3.Connection, p: Profile) -> None:
        values = {
            **_entry_row(p),
            # The diagnosis lives in the profile's row; an absent one is a row of NULLs.
            **_entry_row(p.diagnosis or Diagnosis()),
            "has_diagnosis": int(p.diagnosis is not None),
        }
        if p.db_id is None:
            cols = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            cur = conn.execute(f"INSERT INTO profiles ({cols}) VALUES ({marks})",
                               tuple(values.values()))
            p.db_id = cur.lastrowid
        else:
            sets = ", ".join(f"{k} = ?" for k in values)
            cur = conn.execute(f"UPDATE profiles SET {sets} WHERE id = ?",
                               (*values.values(), p.db_id))
            if cur.rowcount != 1:
                raise StoreError(f"{self.path}: profile {p.name!r} no longer exists",
                                 "store_profile_gone", path=str(self.path), name=p.name)
        pid = p.db_id
        assert pid is not None  # set by the insert above, or the profile's own
        for table in _CHILD_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE profile_id = ?", (pid,))

        def insert(table: str, rows: list[dict[str, Any]]) -> None:
            for position, row in enumerate(rows):
                row = {"profile_id": pid, "position": position, **row}
                conn.execute(
                    f"INSERT INTO {table} ({', '.join(row)}) VALUES "
                    f"({', '.join('?' for _ in row)})",
                    tuple(row.values()),
                )

        for f in _PROFILE_LISTS:
            insert(f.attr, [_entry_row(item) for item in getattr(p, f.attr)])
        for pr in p.procedures:
            insert("premedication_steps", [{"procedure_id": pr.id, **_entry_row(step)}
                                           for step in pr.premedication_steps])
        self._write_photo(conn, pid, p.photo_jpeg)

    @staticmethod
    def _write_photo(conn: sqlite3.Connection, pid: int, jpeg: bytes | None) -> None:
        if jpeg is None:
            conn.execute("DELETE FROM profile_photos WHERE profile_id = ?", (pid,))
            return
        # Every save writes the whole profile: an unchanged photo is not written again.
        conn.execute(
            "INSERT INTO profile_photos (profile_id, jpeg) VALUES (?, ?) "
            "ON CONFLICT(profile_id) DO UPDATE SET jpeg = excluded.jpeg "
            "WHERE jpeg IS NOT excluded.jpeg",
            (pid, sqlite3.Binary(jpeg)),
        )

    # --- settings --------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )

    # --- outputs made (what each printed card said) ------------------------------------

    def record_issued(self, profile: Profile, issued: Issued) -> None:
        """Remember what an output of a saved profile said; it replaces the last of its kind."""
        if profile.db_id is None:
            return  # never saved: nothing to compare against later
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO issued_outputs (profile_id, kind, issued_at, facts, options) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(profile_id, kind) DO UPDATE SET "
                "issued_at = excluded.issued_at, facts = excluded.facts, "
                "options = excluded.options",
                (profile.db_id, issued.kind, issued.issued_at.isoformat(),
                 json.dumps(issued.facts, ensure_ascii=False),
                 json.dumps(dict(issued.options), ensure_ascii=False)))

    def issued_outputs(self, profile: Profile) -> list[Issued]:
        """The last output of each kind made for the profile (none for an unsaved one)."""
        from sm_card.core.issued import Issued

        if profile.db_id is None:
            return []
        out = []
        for kind, issued_at, facts, options in self._conn.execute(
            "SELECT kind, issued_at, facts, options FROM issued_outputs WHERE profile_id = ? "
            "ORDER BY kind", (profile.db_id,)
        ):
            try:
                parsed = json.loads(facts)
                opts = json.loads(options)
                when = datetime.fromisoformat(issued_at)
            except ValueError:
                continue  # a damaged row only loses its staleness hint
            if isinstance(parsed, dict) and isinstance(opts, dict):
                out.append(Issued(kind, when, {str(k): [str(x) for x in v]
                                               for k, v in parsed.items()
                                               if isinstance(v, list)}, opts))
        return out

    # --- reminder log ----------------------------------------------------------------

    def reminder_log(self) -> dict[tuple[str, str], dict[str, Any]]:
        """Everything already notified, snoozed or dismissed, keyed by (subject, due_key)."""
        out = {}
        for subject, key, notified, snoozed, dismissed in self._conn.execute(
            "SELECT subject_id, due_key, notified_at, snoozed_until, dismissed FROM reminder_log"
        ):
            out[(subject, key)] = {
                "notified_at": None if notified is None else datetime.fromisoformat(notified),
                "snoozed_until": None if snoozed is None else datetime.fromisoformat(snoozed),
                "dismissed": bool(dismissed),
            }
        return out

    def record_reminder(
        self,
        subject_id: str,
        due_key: str,
        *,
        notified_at: datetime | None = None,
        snoozed_until: datetime | None = None,
        dismissed: bool | None = None,
    ) -> None:
        """Remember that a reminder was shown, snoozed or dismissed (fields left None keep)."""
        self.record_reminders([(subject_id, due_key)], notified_at=notified_at,
                              snoozed_until=snoozed_until, dismissed=dismissed)

    def record_reminders(
        self,
        keys: Iterable[tuple[str, str]],
        *,
        notified_at: datetime | None = None,
        snoozed_until: datetime | None = None,
        dismissed: bool | None = None,
    ) -> None:
        """``record_reminder`` for many (subject, due_key) pairs in ONE transaction: a start
        with a hundred profiles due writes once, not a hundred times (each commit syncs)."""
        keys = list(keys)
        if not keys:
            return
        updates = [(column, value) for column, value in (
            ("notified_at", None if notified_at is None else notified_at.isoformat()),
            ("snoozed_until", None if snoozed_until is None else snoozed_until.isoformat()),
            ("dismissed", None if dismissed is None else int(dismissed)),
        ) if value is not None]
        with self._transaction() as conn:
            conn.executemany(
                "INSERT INTO reminder_log (subject_id, due_key) VALUES (?, ?) "
                "ON CONFLICT DO NOTHING", keys)
            for column, value in updates:
                conn.executemany(
                    f"UPDATE reminder_log SET {column} = ? WHERE subject_id = ? AND due_key = ?",
                    [(value, subject, key) for subject, key in keys])


def _is_busy(err: sqlite3.Error) -> bool:
    return getattr(err, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) \
        or "database is locked" in str(err)


def _writable(data_dir: Path, path: Path) -> bool:
    """Whether SQLite could write: the file, and the folder for its journal."""
    return os.access(data_dir, os.W_OK | os.X_OK) and os.access(path, os.W_OK)


def _recovery_hint(data_dir: Path) -> str:
    found = backups.list_backups(data_dir)
    if not found:
        return (". No backup exists yet; the file was left as it is. An export file "
                "(sm-card export) can rebuild the store: `sm-card recover --from FILE.json`")
    when = backups.backup_time(found[0])
    shown = when.strftime("%Y-%m-%d %H:%M") if when else found[0].name
    return (f". The file was left as it is. A backup from {shown} exists: `sm-card recover` "
            "puts it in place and keeps the damaged file beside it")


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (no semicolons inside our literals)."""
    lines = [ln for ln in script.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
