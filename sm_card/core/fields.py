"""The fields of each list entry of the record, declared once.

An entry type's fields are named here, in the order the interchange file writes them; the
importer's allowed keys and parsing, the exporter's keys, validation's text limits and labels,
the store's columns and the window's list columns follow from this table. Adding a field to
one of these models means one line here (tests/core/test_fields.py fails until it is there),
plus a migration for the store and, if the file carries it, a format version for the key.

Pure data: parsing by kind lives in ``validation.parse_field`` (validation imports this module,
not the other way round).
"""

from __future__ import annotations

from dataclasses import dataclass

from sm_card.core.models import (
    SEVERITIES,
    AvoidEntry,
    Clinician,
    Contact,
    Medication,
    ToleratedEntry,
)

# Kinds of field: how a value is read, written and edited.
TEXT = "text"  # one line of text
MULTILINE = "multiline"  # free text; line breaks allowed in the file
DATE = "date"  # a calendar day, written YYYY-MM-DD
CHOICE = "choice"  # one of ``choices``; absent reads as ``default``
CATALOG_ID = "catalog_id"  # an id of the app's catalog; an unknown one is kept and warned about
PHONE = "phone"  # a phone number; the window refuses a malformed one, the importer warns


@dataclass(frozen=True)
class Field:
    """One field of an entry type: how it is read, written, limited and labelled."""
    attr: str  # attribute of the model; also the store's column
    kind: str
    label: str  # English, for messages meant for people (the window translates its own)
    limit: int | None = None  # longest text (validation.TEXT_LIMITS); None: not text
    required: bool = False
    choices: tuple[str, ...] = ()
    default: str | None = None
    key: str = ""  # interchange key; empty: the same as ``attr``

    @property
    def file_key(self) -> str:
        return self.key or self.attr


_AGENT = Field("agent", TEXT, "Agent", 200, required=True)
_CATALOG_ID = Field("catalog_id", CATALOG_ID, "Catalog entry", 100)
_NOTED_ON = Field("noted_on", DATE, "Noted on")
_NAME = Field("name", TEXT, "Name", 200, required=True)

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


def field_of(model: type, attr: str) -> Field:
    return next(f for f in ENTRY_FIELDS[model] if f.attr == attr)


def declared_limits() -> dict[str, int]:
    """Text limits by interchange key. A key shared by several entry types ("name",
    "phone") has one limit; the declarations must agree (checked by the tests)."""
    return {f.file_key: f.limit for fields in ENTRY_FIELDS.values() for f in fields
            if f.limit is not None}


def declared_labels() -> dict[str, str]:
    return {f.file_key: f.label for fields in ENTRY_FIELDS.values() for f in fields}
