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
from sm_card.core.fields import ENTRY_FIELDS
from sm_card.core.models import (
    INJECTOR_STATUSES,
    KIT_VALUES,
    SUBTYPES,
    AvoidEntry,
    Clinician,
    Contact,
    Diagnosis,
    Injector,
    Medication,
    PremedicationStep,
    Procedure,
    Profile,
    Reaction,
    ToleratedEntry,
)

FORMAT_NAME = "sm-card"
LATEST_VERSION = 3
SUPPORTED_VERSIONS = (1, 2, 3)


# The largest file import reads, checked before reading (a file of `/dev/zero` once took
# 3.7 GB, then MemoryError). A real record is far smaller: a family of five with decades of
# injector history and every text at its limit fits in about 1 MB. Smaller than the limits
# allow in theory, on purpose: decoding 4 MB of JSON stays well under a second and 200 MB.
MAX_FILE_BYTES = 4 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"


class InterchangeError(ValueError):
    """The file is not a valid interchange file; ``place`` names where (e.g. profiles[0].name)."""

    def __init__(self, place: str, problem: str):
        self.place = place
        self.problem = problem
        super().__init__(f"{place}: {problem}" if place else problem)


def _key_for_message(key: object) -> str:
    text = str(key)
    return v.escape(text if len(text) <= 40 else text[:37] + "...")


@dataclass
class ImportResult:
    profiles: list[Profile]
    version: int
    warnings: list[str] = field(default_factory=list)


class _Reader:
    """Reads one JSON object, tracking its path; refuses keys it was not told about."""

    def __init__(self, data: object, path: str, allowed: Iterable[str]):
        if not isinstance(data, dict):
            raise InterchangeError(path, "is not an object")
        self.data = data
        self.path = path
        unknown = [k for k in data if k not in set(allowed)]
        if unknown:
            key = _key_for_message(unknown[0])
            raise InterchangeError(f"{path}.{key}" if path else key, "is not a known key")

    def place(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, parse: Callable[[object], Any]) -> Any:
        value = self.data.get(key)
        try:
            v.check_length(key, value)  # before any other work on a long text
            return parse(value)
        except v.FieldError as err:
            raise InterchangeError(self.place(key), err.describe()) from None

    def list(self, key: str) -> builtins.list:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise InterchangeError(self.place(key), "is not a list")
        try:
            v.check_count(key, value)
        except v.FieldError as err:
            raise InterchangeError(self.place(key), err.describe()) from None
        return value

    def items(self, key: str, read: Callable[[object, str], Any]) -> builtins.list:
        return [read(item, f"{self.place(key)}[{i}]") for i, item in enumerate(self.list(key))]


def _text(**kw: Any) -> Callable[[object], Any]:
    return lambda value: v.parse_text(value, **kw)


_REQUIRED = _text(required=True)
_OPTIONAL = _text()
_MULTILINE = _text(multiline=True)


class _ProfileReader:
    def __init__(self, version: int, today: date, known_catalog: set[str] | None):
        self.version = version
        self.today = today
        self.known_catalog = known_catalog
        self.warnings: list[str] = []

    def catalog_id(self, r: _Reader) -> str | None:
        cid = r.get("catalog_id", _OPTIONAL)
        if cid is not None and self.known_catalog is not None and cid not in self.known_catalog:
            self.warnings.append(
                f"{r.place('catalog_id')}: {cid!r} is not in this app's catalog; kept as it is"
            )
        return cid

    def phone(self, r: _Reader, rule) -> str | None:
        """Old files keep importing: a phone that breaks the window's rule is kept and warned
        about (a paramedic may still read it), never refused."""
        phone = r.get("phone", rule)
        problem = v.phone_problem(phone) if phone is not None else None
        if problem is not None:
            self.warnings.append(f"{r.place('phone')}: {phone!r} {problem}; kept as it is")
        return phone

    def profile(self, data: object, path: str) -> Profile:
        keys = [
            "name", "date_of_birth", "weight_kg", "blood_type", "languages", "diagnosis",
            "avoid", "tolerated", "medications", "injectors", "contacts", "clinicians",
            "emergency_plan", "premedication",
        ]
        if self.version >= 2:
            keys += ["procedures", "checklist_done"]
        if self.version >= 3:
            keys += ["photo"]  # version 3: the person's photo
            keys += ["reactions"]  # issue 13: the reaction log
        r = _Reader(data, path, keys)
        langs = []
        for i, tag in enumerate(r.list("languages")):
            try:
                langs.append(v.parse_language(tag))
            except v.FieldError as err:
                raise InterchangeError(f"{r.place('languages')}[{i}]", err.describe()) from None
        checklist = r.list("checklist_done")
        if not all(isinstance(c, str) for c in checklist):
            raise InterchangeError(r.place("checklist_done"), "is not a list of text")
        for i, item in enumerate(checklist):
            try:
                v.parse_text(item, required=True, key="checklist_item")
            except v.FieldError as err:
                raise InterchangeError(
                    f"{r.place('checklist_done')}[{i}]", err.describe()) from None
        diagnosis_data = r.data.get("diagnosis")
        profile = Profile(
            name=r.get("name", v.parse_name),
            date_of_birth=r.get("date_of_birth", lambda x: v.parse_date(x, not_after=self.today)),
            weight_kg=r.get("weight_kg", v.parse_weight),
            blood_type=r.get("blood_type", _OPTIONAL),
            languages=langs,
            diagnosis=None if diagnosis_data is None else self.diagnosis(
                diagnosis_data, r.place("diagnosis")
            ),
            avoid=r.items("avoid", self.avoid),
            tolerated=r.items("tolerated", self.tolerated),
            medications=r.items("medications", self.medication),
            injectors=r.items("injectors", self.injector),
            contacts=r.items("contacts", self.contact),
            clinicians=r.items("clinicians", self.clinician),
            emergency_plan=r.get("emergency_plan", _MULTILINE),
            premedication=r.get("premedication", _MULTILINE),
            procedures=r.items("procedures", self.procedure),
            checklist_done=list(checklist or []),
            photo_jpeg=self.photo(r),  # version 3
            reactions=r.items("reactions", self.reaction),  # issue 13
        )
        _stable_ids(profile)
        return profile

    def photo(self, r: _Reader) -> bytes | None:
        """Version 3 ``photo``: a base64 JPEG, checked like a photo the person picks (size,
        a real image that decodes whole) before anything is stored."""
        value = r.data.get("photo")
        if value is None:
            return None
        place = r.place("photo")
        from sm_card.core.photo import MAX_STORED_BYTES, PhotoError, check_stored_photo

        if not isinstance(value, str):
            raise InterchangeError(place, "is not base64 text")
        # The text limit before decoding: base64 grows bytes by a third.
        if len(value) > (MAX_STORED_BYTES + 2) // 3 * 4:
            raise InterchangeError(
                place, f"is larger than {MAX_STORED_BYTES // 1024} KB, more than sm-card "
                "keeps for a photo")
        try:
            raw = base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError, ValueError):
            raise InterchangeError(place, "is not base64 text") from None
        try:
            return check_stored_photo(raw)
        except PhotoError as err:
            raise InterchangeError(place, str(err)) from None

    def diagnosis(self, data: object, path: str) -> Diagnosis:
        r = _Reader(data, path, [
            "subtype", "diagnosed_on", "baseline_tryptase_ng_ml", "tryptase_measured_on",
            "kit_d816v", "anaphylaxis_history", "notes",
        ])
        return Diagnosis(
            subtype=r.get("subtype", lambda x: v.parse_choice(x, SUBTYPES)),
            diagnosed_on=r.get("diagnosed_on", v.parse_partial_date),
            baseline_tryptase_ng_ml=r.get("baseline_tryptase_ng_ml", v.parse_tryptase),
            tryptase_measured_on=r.get("tryptase_measured_on", v.parse_date),
            kit_d816v=r.get("kit_d816v", lambda x: v.parse_choice(x, KIT_VALUES)),
            anaphylaxis_history=r.get("anaphylaxis_history", v.parse_bool),
            notes=r.get("notes", _MULTILINE),
        )

    def entry(self, model: type, data: object, path: str) -> Any:
        """A list entry of one of the types declared in core/fields.py, field by field."""
        declared = ENTRY_FIELDS[model]
        r = _Reader(data, path, [f.file_key for f in declared])
        values: dict[str, Any] = {}
        for f in declared:
            if f.kind == fields.CATALOG_ID:
                values[f.attr] = self.catalog_id(r)
            elif f.kind == fields.PHONE:
                values[f.attr] = self.phone(r, _REQUIRED if f.required else _OPTIONAL)
            else:
                values[f.attr] = r.get(f.file_key, functools.partial(v.parse_field, f))
        return model(**values)

    def avoid(self, data: object, path: str) -> AvoidEntry:
        return self.entry(AvoidEntry, data, path)

    def tolerated(self, data: object, path: str) -> ToleratedEntry:
        return self.entry(ToleratedEntry, data, path)

    def medication(self, data: object, path: str) -> Medication:
        return self.entry(Medication, data, path)

    def contact(self, data: object, path: str) -> Contact:
        return self.entry(Contact, data, path)

    def clinician(self, data: object, path: str) -> Clinician:
        return self.entry(Clinician, data, path)

    def injector(self, data: object, path: str) -> Injector:
        keys = ["product", "dose_mg", "expires_on", "lot", "location", "status"]
        if self.version >= 2:
            keys += ["id", "replaces"]
        r = _Reader(data, path, keys)
        return Injector(
            product=r.get("product", _REQUIRED),
            dose_mg=r.get("dose_mg", v.parse_dose_mg),
            expires_on=r.get("expires_on", lambda x: v.parse_partial_date(x, required=True)),
            lot=r.get("lot", _OPTIONAL),
            location=r.get("location", _OPTIONAL),
            status=r.get(
                "status", lambda x: v.parse_choice(x, INJECTOR_STATUSES, default="active")
            ),
            id=r.get("id", _OPTIONAL) or "",  # filled in by _stable_ids when absent
            replaces=r.get("replaces", _OPTIONAL),
        )

    def procedure(self, data: object, path: str) -> Procedure:
        keys = ["id", "procedure", "planned_on", "hospital", "notes"]
        if self.version >= 3:
            keys += ["planned_at", "premedication_steps"]  # issue 13
        r = _Reader(data, path, keys)
        return Procedure(
            procedure=r.get("procedure", _REQUIRED),
            planned_on=r.get("planned_on", v.parse_date),
            hospital=r.get("hospital", _OPTIONAL),
            notes=r.get("notes", _MULTILINE),
            id=r.get("id", _OPTIONAL) or "",  # filled in by _stable_ids when absent
            planned_at=r.get("planned_at", v.parse_time),
            premedication_steps=r.items("premedication_steps", self.premedication_step),
        )

    def reaction(self, data: object, path: str) -> Reaction:
        r = _Reader(data, path, ["id", "occurred_on", "trigger", "avoid_agent", "signs",
                                 "treatment", "acute_tryptase_ng_ml"])
        return Reaction(
            occurred_on=r.get("occurred_on",
                              lambda x: v.parse_date(x, required=True, not_after=self.today)),
            trigger=r.get("trigger", _OPTIONAL),
            avoid_agent=r.get("avoid_agent", _OPTIONAL),
            signs=r.get("signs", _MULTILINE),
            treatment=r.get("treatment", _MULTILINE),
            acute_tryptase_ng_ml=r.get("acute_tryptase_ng_ml", v.parse_acute_tryptase),
            id=r.get("id", _OPTIONAL) or "",  # filled in by _stable_ids when absent
        )

    def premedication_step(self, data: object, path: str) -> PremedicationStep:
        r = _Reader(data, path, ["what", "minutes_before"])
        return PremedicationStep(
            what=r.get("what", _text(required=True, multiline=True)),
            minutes_before=r.get("minutes_before", v.parse_minutes_before),
        )


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
        raise InterchangeError("exported_at", "is not an RFC 3339 timestamp")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise InterchangeError(
            "exported_at", f"{v._quote(value)} is not an RFC 3339 timestamp") from None
    if "T" not in value.upper() or parsed.tzinfo is None:
        raise InterchangeError(
            "exported_at", f"{v._quote(value)} is not an RFC 3339 timestamp with a zone")


def parse_document(
    data: object, *, today: date, known_catalog: set[str] | None = None
) -> ImportResult:
    """Validate a decoded interchange document; raise InterchangeError naming the first problem."""
    if not isinstance(data, dict):
        raise InterchangeError(
            "", "the file is not an sm-card interchange file (not a JSON object)")
    if data.get("format") != FORMAT_NAME:
        raise InterchangeError("format", f'must be "{FORMAT_NAME}"')
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise InterchangeError("version", "must be a whole number (1 or later)")
    if version > LATEST_VERSION:
        raise InterchangeError(
            "version",
            f"this file is format version {version}; this app reads versions up to "
            f"{LATEST_VERSION}. Update sm-card to import it",
        )
    _Reader(data, "", ["format", "version", "exported_at", "profiles"])
    _parse_timestamp(data.get("exported_at"))
    profiles_data = data.get("profiles")
    if not isinstance(profiles_data, list) or not profiles_data:
        raise InterchangeError("profiles", "must be a list of at least one profile")
    try:
        v.check_count("profiles", profiles_data)
    except v.FieldError as err:
        raise InterchangeError("profiles", err.describe()) from None
    reader = _ProfileReader(version, today, known_catalog)
    profiles = [reader.profile(p, f"profiles[{i}]") for i, p in enumerate(profiles_data)]
    seen: dict[str, int] = {}
    for i, profile in enumerate(profiles):
        if profile.name in seen:
            raise InterchangeError(
                f"profiles[{i}].name",
                f'"{v.escape(profile.name)}" is the same name as profiles[{seen[profile.name]}]',
            )
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
        raise InterchangeError("", _too_large())
    data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InterchangeError("", _too_large())
    return data


def _too_large() -> str:
    return (f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, far more than any "
            "sm-card record; it is not an interchange file")


class _Refused(Exception):
    """Raised inside the JSON decoder's hooks; turned into an InterchangeError."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused(f'the key "{_key_for_message(key)}" appears twice in one object '
                               "(which one is meant?)")
            seen.add(key)
    return result


def _number(text: str) -> int | float:
    if len(text) > v.NUMBER_TEXT_MAX:
        raise _Refused(f"a number is written with more than {v.NUMBER_TEXT_MAX} characters")
    return float(text) if any(c in text for c in ".eE") else int(text)


def _constant(text: str) -> None:
    raise _Refused(f"{text} is not a number JSON allows")


def decode_json(raw: bytes) -> object:
    """The JSON value of a file's bytes: UTF-8 (a leading byte-order mark, as Notepad writes,
    is skipped), no duplicate keys, no NaN/Infinity, no over-long numbers, bounded nesting."""
    if len(raw) > MAX_FILE_BYTES:
        raise InterchangeError("", _too_large())
    if raw.startswith(_BOM):
        raw = raw[len(_BOM):]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InterchangeError("", f"the file is not UTF-8 text ({err.reason})") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_int=_number,
                          parse_float=_number, parse_constant=_constant)
    except _Refused as err:
        raise InterchangeError("", f"the file is refused: {err}") from None
    except RecursionError:
        raise InterchangeError("", "the file is nested too deeply to be an interchange "
                               "file") from None
    except json.JSONDecodeError as err:
        raise InterchangeError(
            "", f"the file is not valid JSON (line {err.lineno}: {err.msg})") from None


def loads(text: str | bytes, *, today: date, known_catalog: set[str] | None = None) -> ImportResult:
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    if encryption.is_encrypted(raw):
        raise InterchangeError("", "the file is encrypted: a passphrase is needed")
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
        # The same words (the window words them from the envelope's code: __cause__).
        raise InterchangeError("", str(err)) from err
    return loads(plain, today=today, known_catalog=known_catalog)


def dumps_encrypted(profiles: list[Profile], passphrase: str, *, now: datetime | None = None,
                    version: int = LATEST_VERSION) -> bytes:
    text = dumps(profiles, now=now, version=version)
    return encryption.encrypt(text.encode("utf-8"), passphrase)


# --- export -------------------------------------------------------------------------------


def _clean(mapping: dict[str, Any]) -> dict[str, Any]:
    """Drop absent values so files stay small and stable."""
    return {k: val for k, val in mapping.items() if val is not None and val != []}


def _d(value: object) -> str | None:
    return None if value is None else str(value)


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _entry_to_dict(entry: Any) -> dict[str, Any]:
    """A list entry of a type declared in core/fields.py, keys in their declared order."""
    return _clean({f.file_key: _d(getattr(entry, f.attr)) if f.kind == fields.DATE
                   else getattr(entry, f.attr) for f in ENTRY_FIELDS[type(entry)]})


def _procedure_v3(pr: Procedure) -> dict[str, Any]:
    """Issue 13: the start time and the premedication steps (version 3)."""
    return {
        "planned_at": None if pr.planned_at is None else pr.planned_at.strftime("%H:%M"),
        "premedication_steps": [_clean({"what": s.what, "minutes_before": s.minutes_before})
                                for s in pr.premedication_steps],
    }


def profile_to_dict(p: Profile, version: int = LATEST_VERSION) -> dict[str, Any]:
    diag = p.diagnosis
    out: dict[str, Any] = {
        "name": p.name,
        "date_of_birth": _d(p.date_of_birth),
        "weight_kg": _num(p.weight_kg),
        "blood_type": p.blood_type,
        "languages": list(p.languages),
        "diagnosis": None if diag is None or diag.is_empty() else _clean({
            "subtype": diag.subtype,
            "diagnosed_on": _d(diag.diagnosed_on),
            "baseline_tryptase_ng_ml": _num(diag.baseline_tryptase_ng_ml),
            "tryptase_measured_on": _d(diag.tryptase_measured_on),
            "kit_d816v": diag.kit_d816v,
            "anaphylaxis_history": diag.anaphylaxis_history,
            "notes": diag.notes,
        }),
        "avoid": [_entry_to_dict(a) for a in p.avoid],
        "tolerated": [_entry_to_dict(t) for t in p.tolerated],
        "medications": [_entry_to_dict(m) for m in p.medications],
        "injectors": [_clean({
            "product": i.product, "dose_mg": _num(i.dose_mg), "expires_on": str(i.expires_on),
            "lot": i.lot, "location": i.location, "status": i.status,
            **({"id": i.id, "replaces": i.replaces} if version >= 2 else {}),
        }) for i in p.injectors],
        "contacts": [_entry_to_dict(c) for c in p.contacts],
        "clinicians": [_entry_to_dict(c) for c in p.clinicians],
        "emergency_plan": p.emergency_plan,
        "premedication": p.premedication,
    }
    if version >= 2:
        out["procedures"] = [_clean({
            "id": pr.id, "procedure": pr.procedure, "planned_on": _d(pr.planned_on),
            "hospital": pr.hospital, "notes": pr.notes,
            **(_procedure_v3(pr) if version >= 3 else {}),
        }) for pr in p.procedures]
        out["checklist_done"] = list(p.checklist_done)
    if version >= 3:
        out["photo"] = (None if p.photo_jpeg is None
                        else base64.b64encode(p.photo_jpeg).decode("ascii"))
    if version >= 3:  # issue 13: the reaction log
        out["reactions"] = [_clean({
            "id": r.id, "occurred_on": _d(r.occurred_on), "trigger": r.trigger,
            "avoid_agent": r.avoid_agent, "signs": r.signs, "treatment": r.treatment,
            "acute_tryptase_ng_ml": _num(r.acute_tryptase_ng_ml),
        }) for r in p.reactions]
    return _clean(out)


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
