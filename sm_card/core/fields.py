"""The fields of the record, declared once.

Each record type's fields are named here, in the order the interchange file writes them; the
importer's allowed keys and parsing, the exporter's keys, validation's text and number limits
and labels, the store's columns and the window's list columns follow from this table. Adding
a field to one of these models means one line here (tests/core/test_fields.py fails until it
is there), plus a migration for the store and, if the file carries it, a format version for
the key (``since``).

Kinds that hold more than one value (a list of entries, the diagnosis, the languages, the
checklist, the photo) are declared too, so the file's keys and their order follow from here;
how each of them is read, written and stored stays written out where it is done.

Pure data: parsing by kind lives in ``validation.parse_field`` (validation imports this module,
not the other way round).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sm_card.core.models import (
    INJECTOR_STATUSES,
    KIT_VALUES,
    SEVERITIES,
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

# Kinds of field: how a value is read, written and edited.
TEXT = "text"  # one line of text
MULTILINE = "multiline"  # free text; line breaks allowed in the file
DATE = "date"  # a calendar day, written YYYY-MM-DD
PARTIAL_DATE = "partial_date"  # YYYY-MM-DD or, where a month is enough, YYYY-MM
TIME = "time"  # a wall-clock time, written HH:MM (24-hour)
NUMBER = "number"  # a decimal number within ``bounds``; the unit is in the key (dose_mg)
MINUTES = "minutes"  # whole minutes within ``bounds``
BOOL = "bool"  # true or false; stored as 1 or 0
CHOICE = "choice"  # one of ``choices``; absent reads as ``default``
CATALOG_ID = "catalog_id"  # an id of the app's catalog; an unknown one is kept and warned about
PHONE = "phone"  # a phone number; the window refuses a malformed one, the importer warns
ID = "id"  # a record's own id (text); a file without one gets a stable one on import
# Kinds of more than one value: declared for the file's keys and order, handled by name.
LIST = "list"  # a list of ``entry`` records; the store keeps it in a table named as the attr
RECORD = "record"  # one nested ``entry`` record or none (the diagnosis)
LANGUAGES = "languages"  # a list of BCP 47 tags; stored as a JSON column
CHECKLIST = "checklist"  # a list of checklist item ids; stored as a JSON column
PHOTO = "photo"  # a JPEG, base64 in the file; stored in a table of its own

TEXT_KINDS = (TEXT, MULTILINE, CATALOG_ID, PHONE, ID)
# Kinds whose value sits in one column of the record's own table.
COLUMN_KINDS = (*TEXT_KINDS, DATE, PARTIAL_DATE, TIME, NUMBER, MINUTES, BOOL, CHOICE,
                LANGUAGES, CHECKLIST)


@dataclass(frozen=True)
class Bounds:
    """Plausibility bounds of a number (validation.NUMBER_LIMITS); they catch typing slips
    and absurd files and say nothing about what is safe."""

    low: float
    high: float
    low_included: bool = True
    high_included: bool = True


@dataclass(frozen=True)
class Field:
    """One field of a record type: how it is read, written, limited and labelled."""
    attr: str  # attribute of the model
    kind: str
    label: str  # English, for messages meant for people (the window translates its own)
    limit: int | None = None  # longest text (validation.TEXT_LIMITS); None: not text
    required: bool = False
    choices: tuple[str, ...] = ()
    default: str | None = None
    key: str = ""  # interchange key; empty: the same as ``attr``
    column: str = ""  # the store's column; empty: the same as ``attr``
    since: int = 1  # the first interchange format version that carries the key
    bounds: Bounds | None = None  # NUMBER and MINUTES only
    not_in_future: bool = False  # DATE: refused after the importing day (a birth, a reaction)
    entry: type | None = None  # LIST and RECORD: the type of the nested records

    @property
    def file_key(self) -> str:
        return self.key or self.attr

    @property
    def store_column(self) -> str:
        return self.column or self.attr

    @property
    def entry_type(self) -> type:
        """The type of the nested records of a LIST or RECORD field."""
        if self.entry is None:
            raise TypeError(f"{self.attr}: a {self.kind} field holds no records")
        return self.entry


_AGENT = Field("agent", TEXT, "Agent", 200, required=True)
_CATALOG_ID = Field("catalog_id", CATALOG_ID, "Catalog entry", 100)
_NOTED_ON = Field("noted_on", DATE, "Noted on")
_NAME = Field("name", TEXT, "Name", 200, required=True)
_TRYPTASE = Bounds(0, 100_000)  # >= 0 and <= 100,000

# The list entries edited in the window's list pages (gui/pages/list_page.py).
ENTRY_FIELDS: dict[type, tuple[Field, ...]] = {
    AvoidEntry: (
        _AGENT,
        _CATALOG_ID,
        Field("severity", CHOICE, "Severity", choices=SEVERITIES, default="avoid"),
        Field("reaction", MULTILINE, "Reaction", 1_000),
        _NOTED_ON,
    ),
    ToleratedEntry: (
        _AGENT,
        _CATALOG_ID,
        Field("note", MULTILINE, "Note", 1_000),
        _NOTED_ON,
    ),
    Medication: (
        _NAME,
        Field("dose", TEXT, "Dose", 100),
        Field("schedule", TEXT, "Schedule", 200),
        Field("purpose", TEXT, "Purpose", 200),
    ),
    Contact: (
        _NAME,
        Field("relation", TEXT, "Relation", 100),
        Field("phone", PHONE, "Phone", 50, required=True),
    ),
    Clinician: (
        _NAME,
        Field("role", TEXT, "Role", 200),
        Field("organisation", TEXT, "Organisation", 200),
        Field("phone", PHONE, "Phone", 50),
        Field("email", TEXT, "Email", 254),  # the longest address SMTP carries (RFC 5321)
    ),
}

# Every record type: the list entries above, the other lists, the diagnosis and the profile.
FIELDS: dict[type, tuple[Field, ...]] = {
    **ENTRY_FIELDS,
    Injector: (
        Field("product", TEXT, "Product", 200, required=True),
        # > 0 and <= 10: epinephrine devices hold 0.05-0.5 mg (a dose of 300 is a slip)
        Field("dose_mg", NUMBER, "Dose (mg)", required=True,
              bounds=Bounds(0, 10, low_included=False)),
        Field("expires_on", PARTIAL_DATE, "Expiry date", required=True),
        Field("lot", TEXT, "Lot", 100),
        Field("location", TEXT, "Kept at", 200),
        Field("status", CHOICE, "Status", choices=INJECTOR_STATUSES, default="active"),
        Field("id", ID, "Id", 100, since=2),
        Field("replaces", TEXT, "Replaces", 100, since=2),  # id of the device it replaced
    ),
    PremedicationStep: (
        Field("what", MULTILINE, "What", 1_000, required=True),  # as the physician wrote it
        Field("minutes_before", MINUTES, "Minutes before",
              bounds=Bounds(0, 30 * 24 * 60)),  # whole minutes, at most 30 days before
    ),
    Procedure: (
        Field("id", ID, "Id", 100, since=2),
        Field("procedure", TEXT, "Procedure", 200, required=True, since=2),
        Field("planned_on", DATE, "Planned on", since=2),
        Field("hospital", TEXT, "Hospital", 200, since=2),
        Field("notes", MULTILINE, "Notes", 2_000, since=2),
        Field("planned_at", TIME, "Planned at", since=3),
        Field("premedication_steps", LIST, "Premedication steps", since=3,
              entry=PremedicationStep),
    ),
    Reaction: (
        Field("id", ID, "Id", 100, since=3),
        Field("occurred_on", DATE, "Occurred on", required=True, not_in_future=True, since=3),
        Field("trigger", TEXT, "Trigger", 200, column="trigger_text", since=3),
        # No limit, as since the reaction log began: a longer one would no longer import.
        Field("avoid_agent", TEXT, "Linked avoid entry", since=3),
        Field("signs", MULTILINE, "Signs", 1_000, since=3),
        Field("treatment", MULTILINE, "Treatment", 1_000, since=3),
        Field("acute_tryptase_ng_ml", NUMBER, "Acute tryptase (ng/mL)", bounds=_TRYPTASE,
              since=3),
    ),
    Diagnosis: (
        Field("subtype", CHOICE, "Subtype", choices=SUBTYPES),
        Field("diagnosed_on", PARTIAL_DATE, "Diagnosed on"),
        Field("baseline_tryptase_ng_ml", NUMBER, "Baseline tryptase (ng/mL)", bounds=_TRYPTASE),
        Field("tryptase_measured_on", DATE, "Tryptase measured on"),
        Field("kit_d816v", CHOICE, "KIT D816V", choices=KIT_VALUES),
        Field("anaphylaxis_history", BOOL, "History of anaphylaxis"),
        Field("notes", MULTILINE, "Notes", 2_000, column="diagnosis_notes"),
    ),
    Profile: (
        _NAME,
        Field("date_of_birth", DATE, "Date of birth", not_in_future=True),
        Field("weight_kg", NUMBER, "Weight (kg)",
              bounds=Bounds(0, 500, low_included=False, high_included=False)),
        Field("blood_type", TEXT, "Blood type", 20),
        Field("languages", LANGUAGES, "Languages"),
        Field("diagnosis", RECORD, "Diagnosis", entry=Diagnosis),
        Field("avoid", LIST, "Avoid", entry=AvoidEntry),
        Field("tolerated", LIST, "Tolerated", entry=ToleratedEntry),
        Field("medications", LIST, "Medications", entry=Medication),
        Field("injectors", LIST, "Injectors", entry=Injector),
        Field("contacts", LIST, "Contacts", entry=Contact),
        Field("clinicians", LIST, "Clinicians", entry=Clinician),
        Field("emergency_plan", MULTILINE, "Emergency plan", 4_000),
        Field("premedication", MULTILINE, "Premedication plan", 4_000),
        Field("procedures", LIST, "Procedures", since=2, entry=Procedure),
        Field("checklist_done", CHECKLIST, "Checklist done", since=2),
        Field("photo_jpeg", PHOTO, "Photo", key="photo", since=3),
        Field("reactions", LIST, "Reactions", since=3, entry=Reaction),  # issue 13
    ),
}

# Model attributes that are not part of the record as the file and the fields carry it.
NOT_DECLARED: dict[tuple[type, str], str] = {
    (Profile, "db_id"): "the store's row id, set by the store; never in the file",
}


def field_of(model: type, attr: str) -> Field:
    return next(f for f in FIELDS[model] if f.attr == attr)


def written(f: Field, value: Any) -> Any:
    """A date, a month or a time as the file and the store both write it (YYYY-MM-DD,
    YYYY-MM, HH:MM); any other value as it is."""
    if value is not None and f.kind in (DATE, PARTIAL_DATE):
        return str(value)
    if value is not None and f.kind == TIME:
        return value.strftime("%H:%M")
    return value


def declared_limits() -> dict[str, int]:
    """Text limits by interchange key. A key shared by several record types ("name",
    "phone", "notes", "id") has one limit; the declarations must agree (checked by the
    tests)."""
    return {f.file_key: f.limit for fields in FIELDS.values() for f in fields
            if f.limit is not None}


def declared_bounds() -> dict[str, tuple[float, float]]:
    """Number bounds by interchange key (validation.NUMBER_LIMITS)."""
    return {f.file_key: (f.bounds.low, f.bounds.high) for fields in FIELDS.values()
            for f in fields if f.bounds is not None}


def declared_labels() -> dict[str, str]:
    return {f.file_key: f.label for fields in FIELDS.values() for f in fields}
