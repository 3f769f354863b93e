"""Import and export of the interchange file (docs/interchange.md).

Version 1 is the published format and imports forever. Version 2 is version 1 plus a few
optional keys the app needs to keep a record whole across stores: a device's ``id`` (so a
calendar event keeps its UID) and ``replaces``, planned ``procedures`` and the ticked
``checklist_done`` items. Version 3 adds more optional keys (the person's ``photo``, ...).
The app exports the latest version by default and strict version 1 on request.
"""

from __future__ import annotations

import base64
import binascii
import builtins
import functools
import io
import json
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, BinaryIO

from sm_card.core import encryption, fields
from sm_card.core import validation as v
from sm_card.core.fields import FIELDS
from sm_card.core.models import Profile
from sm_card.core.refusals import Notice, Refusal

FORMAT_NAME = "sm-card"
LATEST_VERSION = 3
SUPPORTED_VERSIONS = (1, 2, 3)


# The largest file import reads, checked before reading (a file of `/dev/zero` once took
# 3.7 GB, then MemoryError). A real record is far smaller: a family of five with decades of
# injector history and every text at its limit fits in about 1 MB. Smaller than the limits
# allow in theory, on purpose: decoding 4 MB of JSON stays well under a second and 200 MB.
MAX_FILE_BYTES = 4 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"


class InterchangeError(Refusal, ValueError):
    """The file is not a valid interchange file; ``place`` names where (e.g. profiles[0].name).
    ``code`` and ``params`` as for every Refusal; ``place`` is one of the params. A problem
    found by another check (a typed value, a photo, the encryption) is raised from that
    check's error, which the window words (``__cause__``)."""

    def __init__(self, place: str, problem: str, code: str = "", **params: Any):
        self.place = place
        self.problem = problem
        super().__init__(f"{place}: {problem}" if place else problem, code, place=place,
                         **params)


def _key_for_message(key: object) -> str:
    text = str(key)
    return v.escape(text if len(text) <= 40 else text[:37] + "...")


@dataclass
class ImportResult:
    profiles: list[Profile]
    version: int
    warnings: list[Notice] = field(default_factory=list)  # each is its English text


class _Reader:
    """Reads one JSON object, tracking its path; refuses keys it was not told about."""

    def __init__(self, data: object, path: str, allowed: Iterable[str]):
        if not isinstance(data, dict):
            raise InterchangeError(path, "is not an object", "import_not_object")
        self.data = data
        self.path = path
        unknown = [k for k in data if k not in set(allowed)]
        if unknown:
            key = _key_for_message(unknown[0])
            raise InterchangeError(f"{path}.{key}" if path else key, "is not a known key",
                                   "import_unknown_key")

    def place(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, parse: Callable[[object], Any]) -> Any:
        value = self.data.get(key)
        try:
            v.check_length(key, value)  # before any other work on a long text
            return parse(value)
        except v.FieldError as err:
            raise InterchangeError(self.place(key), err.describe(), "import_value") from err

    def list(self, key: str) -> builtins.list:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise InterchangeError(self.place(key), "is not a list", "import_not_list")
        try:
            v.check_count(key, value)
        except v.FieldError as err:
            raise InterchangeError(self.place(key), err.describe(), "import_value") from err
        return value

    def items(self, key: str, read: Callable[[object, str], Any]) -> builtins.list:
        return [read(item, f"{self.place(key)}[{i}]") for i, item in enumerate(self.list(key))]


def _text(**kw: Any) -> Callable[[object], Any]:
    return lambda value: v.parse_text(value, **kw)


_REQUIRED = _text(required=True)
_OPTIONAL = _text()


def _reading_order(f: fields.Field, *, leads: bool) -> tuple[bool, int, bool]:
    """The order the fields are checked in, as the reader always had it, so of several
    problems in a record the same one is reported first: the lists of plain text, then by
    format version; an id the file writes first (a procedure's, a reaction's) is checked
    after the other keys of its version."""
    return (f.kind not in (fields.LANGUAGES, fields.CHECKLIST), f.since,
            leads and f.kind == fields.ID)


class _ProfileReader:
    def __init__(self, version: int, today: date, known_catalog: set[str] | None):
        self.version = version
        self.today = today
        self.known_catalog = known_catalog
        self.warnings: list[Notice] = []

    def catalog_id(self, r: _Reader) -> str | None:
        cid = r.get("catalog_id", _OPTIONAL)
        if cid is not None and self.known_catalog is not None and cid not in self.known_catalog:
            self.warnings.append(Notice(
                f"{r.place('catalog_id')}: {cid!r} is not in this app's catalog; kept as it is",
                "import_unknown_catalog_id", place=r.place("catalog_id"), value=cid))
        return cid

    def phone(self, r: _Reader, rule) -> str | None:
        """Old files keep importing: a phone that breaks the window's rule is kept and warned
        about (a paramedic may still read it), never refused."""
        phone = r.get("phone", rule)
        problem = v.phone_problem(phone) if phone is not None else None
        if problem is not None:
            text = f"{r.place('phone')}: {phone!r} {problem}; kept as it is"
            if problem == v.NOT_A_PHONE:
                notice = Notice(text, "import_phone_kept", place=r.place("phone"), value=phone)
            else:
                notice = Notice(text, "import_phone_short_kept", place=r.place("phone"),
                                value=phone, minimum=v.PHONE_MIN_DIGITS)
            self.warnings.append(notice)
        return phone

    def profile(self, data: object, path: str) -> Profile:
        profile = self.record(Profile, data, path)
        profile.name = v.profile_name(profile.name)  # as the window keeps it (parse_name)
        _stable_ids(profile)
        return profile

    def record(self, model: type, data: object, path: str) -> Any:
        """A record of a type declared in core/fields.py, field by field. A key that came
        with a later format version than the file's is refused as unknown."""
        declared = FIELDS[model]
        r = _Reader(data, path, [f.file_key for f in declared if f.since <= self.version])
        ordered = sorted(declared, key=lambda f: _reading_order(f, leads=f is declared[0]))
        values = {f.attr: self.value(r, f) for f in ordered}
        return model(**values)

    def value(self, r: _Reader, f: fields.Field) -> Any:
        kind = f.kind
        if kind == fields.CATALOG_ID:
            return self.catalog_id(r)
        if kind == fields.PHONE:
            return self.phone(r, _REQUIRED if f.required else _OPTIONAL)
        if kind == fields.ID:
            return r.get(f.file_key, _OPTIONAL) or ""  # filled in by _stable_ids when absent
        if kind in (fields.LIST, fields.RECORD):
            entry = f.entry_type
            if kind == fields.LIST:
                return r.items(f.file_key, lambda item, place: self.record(entry, item, place))
            nested = r.data.get(f.file_key)
            return None if nested is None else self.record(entry, nested, r.place(f.file_key))
        if kind == fields.LANGUAGES:
            return self.languages(r, f.file_key)
        if kind == fields.CHECKLIST:
            return self.checklist(r, f.file_key)
        if kind == fields.PHOTO:
            return self.photo(r)
        return r.get(f.file_key, functools.partial(v.parse_field, f, today=self.today))

    @staticmethod
    def languages(r: _Reader, key: str) -> list[str]:
        langs = []
        for i, tag in enumerate(r.list(key)):
            try:
                langs.append(v.parse_language(tag))
            except v.FieldError as err:
                raise InterchangeError(f"{r.place(key)}[{i}]", err.describe(),
                                       "import_value") from err
        return langs

    @staticmethod
    def checklist(r: _Reader, key: str) -> list[str]:
        checklist = r.list(key)
        if not all(isinstance(c, str) for c in checklist):
            raise InterchangeError(r.place(key), "is not a list of text", "import_not_text_list")
        for i, item in enumerate(checklist):
            try:
                v.parse_text(item, required=True, key="checklist_item")
            except v.FieldError as err:
                raise InterchangeError(f"{r.place(key)}[{i}]", err.describe(),
                                       "import_value") from err
        return list(checklist)

    def photo(self, r: _Reader) -> bytes | None:
        """Version 3 ``photo``: a base64 JPEG, checked like a photo the person picks (size,
        a real image that decodes whole) before anything is stored."""
        value = r.data.get("photo")
        if value is None:
            return None
        place = r.place("photo")
        from sm_card.core.photo import MAX_STORED_BYTES, PhotoError, check_stored_photo

        if not isinstance(value, str):
            raise InterchangeError(place, "is not base64 text", "import_not_base64")
        # The text limit before decoding: base64 grows bytes by a third.
        if len(value) > (MAX_STORED_BYTES + 2) // 3 * 4:
            raise InterchangeError(
                place, f"is larger than {MAX_STORED_BYTES // 1024} KB, more than sm-card "
                "keeps for a photo", "import_photo_too_large", kilobytes=MAX_STORED_BYTES // 1024)
        try:
            raw = base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            raise InterchangeError(place, "is not base64 text", "import_not_base64") from None
        try:
            return check_stored_photo(raw)
        except PhotoError as err:
            raise InterchangeError(place, str(err), "import_photo") from err


# Ids for devices and procedures of a file that carries none (every version-1 file). They
# are derived from what the file says, so importing the same file again, here or into another
# store, gives the same ids: calendar events update instead of duplicating, and reminders
# already given are not given again.
_ID_NAMESPACE = uuid.UUID("6f1c3b0e-5d0a-4c55-9a0e-2a7c1d9e4b21")


def _stable_ids(profile: Profile) -> None:
    seen: dict[str, int] = {}

    def derive(kind: str, *parts: object) -> str:
        key = "\x1f".join([kind, profile.name, *("" if p is None else str(p) for p in parts)])
        seen[key] = seen.get(key, 0) + 1  # identical twins (same box, same lot) stay apart
        return str(uuid.uuid5(_ID_NAMESPACE, f"{key}\x1f{seen[key]}"))

    for device in profile.injectors:
        if not device.id:
            device.id = derive("injector", device.product, device.dose_mg, device.expires_on,
                               device.lot)
    for procedure in profile.procedures:
        if not procedure.id:
            procedure.id = derive("procedure", procedure.procedure, procedure.planned_on,
                                  procedure.hospital)
    for reaction in profile.reactions:
        if not reaction.id:
            reaction.id = derive("reaction", reaction.occurred_on, reaction.trigger)


def _parse_timestamp(value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise InterchangeError("exported_at", "is not an RFC 3339 timestamp",
                               "import_not_a_timestamp")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise InterchangeError(
            "exported_at", f"{v._quote(value)} is not an RFC 3339 timestamp",
            "import_bad_timestamp", value=value) from None
    if "T" not in value.upper() or parsed.tzinfo is None:
        raise InterchangeError(
            "exported_at", f"{v._quote(value)} is not an RFC 3339 timestamp with a zone",
            "import_timestamp_no_zone", value=value)


def parse_document(
    data: object, *, today: date, known_catalog: set[str] | None = None
) -> ImportResult:
    """Validate a decoded interchange document; raise InterchangeError naming the first problem."""
    if not isinstance(data, dict):
        raise InterchangeError(
            "", "the file is not an sm-card interchange file (not a JSON object)",
            "import_not_interchange")
    if data.get("format") != FORMAT_NAME:
        raise InterchangeError("format", f'must be "{FORMAT_NAME}"', "import_format",
                               expected=FORMAT_NAME)
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InterchangeError("version", "must be a whole number (1 or later)",
                               "import_version_invalid")
    if version > LATEST_VERSION:
        raise InterchangeError(
            "version",
            f"this file is format version {version}; this app reads versions up to "
            f"{LATEST_VERSION}. Update sm-card to import it",
            "import_version_too_new", version=version, latest=LATEST_VERSION)
    _Reader(data, "", ["format", "version", "exported_at", "profiles"])
    _parse_timestamp(data.get("exported_at"))
    profiles_data = data.get("profiles")
    if not isinstance(profiles_data, list) or not profiles_data:
        raise InterchangeError("profiles", "must be a list of at least one profile",
                               "import_no_profiles")
    try:
        v.check_count("profiles", profiles_data)
    except v.FieldError as err:
        raise InterchangeError("profiles", err.describe(), "import_value") from err
    reader = _ProfileReader(version, today, known_catalog)
    profiles = [reader.profile(p, f"profiles[{i}]") for i, p in enumerate(profiles_data)]
    seen: dict[str, int] = {}
    for i, profile in enumerate(profiles):
        if profile.name in seen:
            raise InterchangeError(
                f"profiles[{i}].name",
                f'"{v.escape(profile.name)}" is the same name as profiles[{seen[profile.name]}]',
                "import_duplicate_name", name=profile.name, other=f"profiles[{seen[profile.name]}]")
        seen[profile.name] = i
    return ImportResult(profiles=profiles, version=version, warnings=reader.warnings)


def read_limited(handle: BinaryIO) -> bytes:
    """At most MAX_FILE_BYTES from an open binary file (a pipe, /dev/zero, a 5 GB file):
    refused when larger, after reading no more than one byte past the limit."""
    try:
        size = os.fstat(handle.fileno()).st_size
    except (OSError, ValueError, io.UnsupportedOperation):
        size = 0  # not a real file (a test's BytesIO): the read below still stops
    if size > MAX_FILE_BYTES:
        raise _too_large()
    data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _too_large()
    return data


def _too_large() -> InterchangeError:
    megabytes = MAX_FILE_BYTES // (1024 * 1024)
    return InterchangeError("", f"the file is larger than {megabytes} MB, far more than any "
                            "sm-card record; it is not an interchange file", "import_too_large",
                            megabytes=megabytes)


class _Refused(Refusal):
    """Raised inside the JSON decoder's hooks; turned into an InterchangeError."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused(f'the key "{_key_for_message(key)}" appears twice in one object '
                               "(which one is meant?)", "import_duplicate_key",
                               key=_key_for_message(key))
            seen.add(key)
    return result


def _number(text: str) -> int | float:
    if len(text) > v.NUMBER_TEXT_MAX:
        raise _Refused(f"a number is written with more than {v.NUMBER_TEXT_MAX} characters",
                       "import_long_number", limit=v.NUMBER_TEXT_MAX)
    return float(text) if any(c in text for c in ".eE") else int(text)


def _constant(text: str) -> None:
    raise _Refused(f"{text} is not a number JSON allows", "import_bad_constant", text=text)


def decode_json(raw: bytes) -> object:
    """The JSON value of a file's bytes: UTF-8 (a leading byte-order mark, as Notepad writes,
    is skipped), no duplicate keys, no NaN/Infinity, no over-long numbers, bounded nesting."""
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large()
    if raw.startswith(_BOM):
        raw = raw[len(_BOM):]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InterchangeError("", f"the file is not UTF-8 text ({err.reason})",
                               "import_not_utf8", detail=err.reason) from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_int=_number,
                          parse_float=_number, parse_constant=_constant)
    except _Refused as err:
        raise InterchangeError("", f"the file is refused: {err}", "import_refused") from err
    except RecursionError:
        raise InterchangeError("", "the file is nested too deeply to be an interchange "
                               "file", "import_too_deep") from None
    except json.JSONDecodeError as err:
        raise InterchangeError(
            "", f"the file is not valid JSON (line {err.lineno}: {err.msg})",
            "import_not_json", line=err.lineno, detail=err.msg) from None


def loads(text: str | bytes, *, today: date, known_catalog: set[str] | None = None) -> ImportResult:
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    if encryption.is_encrypted(raw):
        raise InterchangeError("", "the file is encrypted: a passphrase is needed",
                               "import_needs_passphrase")
    data = decode_json(raw)
    return parse_document(data, today=today, known_catalog=known_catalog)


def loads_encrypted(
    raw: bytes, passphrase: str, *, today: date, known_catalog: set[str] | None = None
) -> ImportResult:
    """Import a file sealed by :func:`dumps_encrypted` (or a plain one: no passphrase used)."""
    if not encryption.is_encrypted(raw):
        return loads(raw, today=today, known_catalog=known_catalog)
    try:
        plain = encryption.decrypt(raw, passphrase)
    except encryption.EnvelopeError as err:
        raise InterchangeError("", str(err), "import_envelope") from err
    return loads(plain, today=today, known_catalog=known_catalog)


def dumps_encrypted(profiles: list[Profile], passphrase: str, *, now: datetime | None = None,
                    version: int = LATEST_VERSION) -> bytes:
    text = dumps(profiles, now=now, version=version)
    return encryption.encrypt(text.encode("utf-8"), passphrase)


# --- export -------------------------------------------------------------------------------


def _clean(mapping: dict[str, Any]) -> dict[str, Any]:
    """Drop absent values so files stay small and stable."""
    return {k: val for k, val in mapping.items() if val is not None and val != []}


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def record_to_dict(record: Any, version: int = LATEST_VERSION) -> dict[str, Any]:
    """A record of a type declared in core/fields.py, its keys in their declared order;
    keys of a later format version than ``version`` are left out, as are absent values."""
    return _clean({f.file_key: _file_value(f, getattr(record, f.attr), version)
                   for f in FIELDS[type(record)] if f.since <= version})


def _file_value(f: fields.Field, value: Any, version: int) -> Any:
    if value is None:
        return None
    kind = f.kind
    if kind == fields.NUMBER:
        return _num(value)
    if kind == fields.LIST:
        return [record_to_dict(item, version) for item in value]
    if kind == fields.RECORD:
        return None if value.is_empty() else record_to_dict(value, version)
    if kind in (fields.LANGUAGES, fields.CHECKLIST):
        return list(value)
    if kind == fields.PHOTO:
        return base64.b64encode(value).decode("ascii")
    return fields.written(f, value)


def profile_to_dict(p: Profile, version: int = LATEST_VERSION) -> dict[str, Any]:
    return record_to_dict(p, version)


def dumps(
    profiles: list[Profile], *, now: datetime | None = None, version: int = LATEST_VERSION
) -> str:
    if version not in SUPPORTED_VERSIONS:
        raise ValueError(f"cannot write format version {version}")
    doc: dict[str, Any] = {"format": FORMAT_NAME, "version": version}
    if now is not None:
        doc["exported_at"] = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    doc["profiles"] = [profile_to_dict(p, version) for p in profiles]
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
