"""The person's record as plain data classes.

The shape follows the interchange format (docs/interchange.md). Validation lives in
``validation.py`` so the GUI, the importer and the CLI apply the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

SUBTYPES = ("ISM", "BMM", "SSM", "SM-AHN", "ASM", "MCL", "MCS", "CM", "SM")
KIT_VALUES = ("positive", "negative", "unknown")
SEVERITIES = ("avoid", "caution")
INJECTOR_STATUSES = ("active", "used", "disposed")


def new_id() -> str:
    import uuid  # on first use: uuid pulls in platform, ~8 ms of start-up

    return str(uuid.uuid4())


def _days_in_month(year: int, month: int) -> int:
    """As calendar.monthrange(year, month)[1] for months 1 to 12 (date() refuses others)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date that may be given as a month only (``YYYY-MM``).

    A month-only value keeps its form on export; for expiry it means the month's last day.
    """

    year: int
    month: int
    day: int | None = None

    @property
    def is_month_only(self) -> bool:
        return self.day is None

    @property
    def last_day(self) -> date:
        """The latest calendar day the value covers (end of month for ``YYYY-MM``)."""
        # Not calendar.monthrange: importing calendar (and locale) costs every command.
        day = self.day or _days_in_month(self.year, self.month)
        return date(self.year, self.month, day)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, self.day or 1)

    def __str__(self) -> str:
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)


@dataclass
class Diagnosis:
    """The recorded diagnosis; every part optional (the app never invents one)."""
    subtype: str | None = None
    diagnosed_on: PartialDate | None = None
    baseline_tryptase_ng_ml: float | None = None
    tryptase_measured_on: date | None = None
    kit_d816v: str | None = None
    anaphylaxis_history: bool | None = None
    notes: str | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, name) is None for name in self.__dataclass_fields__)


@dataclass
class AvoidEntry:
    """An agent to avoid (or use with caution), as the person's physician decided."""
    agent: str
    catalog_id: str | None = None
    severity: str = "avoid"
    reaction: str | None = None
    noted_on: date | None = None


@dataclass
class ToleratedEntry:
    """An agent the person has received without a reaction, as recorded."""
    agent: str
    catalog_id: str | None = None
    note: str | None = None
    noted_on: date | None = None


@dataclass
class Medication:
    """A current medication, as the person takes it."""
    name: str
    dose: str | None = None
    schedule: str | None = None
    purpose: str | None = None


@dataclass
class Injector:
    """An epinephrine device. ``id`` stays with the device for life (calendar UIDs use it)."""

    product: str
    dose_mg: float
    expires_on: PartialDate
    lot: str | None = None
    location: str | None = None
    status: str = "active"
    id: str = field(default_factory=new_id)
    replaces: str | None = None  # id of the device this one replaced

    @property
    def expiry_date(self) -> date:
        """Last day the device is in date (end of month for a month-only expiry)."""
        return self.expires_on.last_day


@dataclass
class Contact:
    """An emergency contact."""
    name: str
    phone: str
    relation: str | None = None


@dataclass
class Clinician:
    """A clinician who knows the person's condition."""
    name: str
    role: str | None = None
    organisation: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass
class PremedicationStep:
    """One step of the physician's premedication before a procedure.

    ``what`` is the physician's wording, kept as written; ``minutes_before`` is when, counted
    back from the procedure's start (24 h = 1440). None: no time given (a step that is not
    tied to a time, or one written before steps had times); it is never alarmed.
    """

    what: str
    minutes_before: int | None = None


@dataclass
class Procedure:
    """A planned operation or procedure, for the pre-operative letter and its reminder."""

    procedure: str
    planned_on: date | None = None
    hospital: str | None = None
    notes: str | None = None
    id: str = field(default_factory=new_id)
    planned_at: time | None = None  # local wall-clock start; None: the date only
    premedication_steps: list[PremedicationStep] = field(default_factory=list)


@dataclass
class Reaction:
    """A reaction the person lived through, recorded as evidence for their physicians.

    ``avoid_agent`` links it to the avoid entry of that agent (matched by name, ignoring case
    and spacing); ``acute_tryptase_ng_ml`` is a serum tryptase measured during or after it.
    """

    occurred_on: date
    trigger: str | None = None
    avoid_agent: str | None = None
    signs: str | None = None
    treatment: str | None = None
    acute_tryptase_ng_ml: float | None = None
    id: str = field(default_factory=new_id)


@dataclass
class Profile:
    """One person's whole record."""
    name: str
    date_of_birth: date | None = None
    weight_kg: float | None = None
    blood_type: str | None = None
    languages: list[str] = field(default_factory=list)
    diagnosis: Diagnosis | None = None
    avoid: list[AvoidEntry] = field(default_factory=list)
    tolerated: list[ToleratedEntry] = field(default_factory=list)
    medications: list[Medication] = field(default_factory=list)
    injectors: list[Injector] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    clinicians: list[Clinician] = field(default_factory=list)
    emergency_plan: str | None = None
    premedication: str | None = None
    procedures: list[Procedure] = field(default_factory=list)
    # ids of the preparation checklist items the person has ticked (see core/surgery)
    checklist_done: list[str] = field(default_factory=list)
    # The person's photo as kept by core/photo.py (a JPEG of at most 200 KB), or None.
    photo_jpeg: bytes | None = field(default=None, repr=False)
    reactions: list[Reaction] = field(default_factory=list)  # issue 13: the reaction log
    # store row id; None until saved. Not part of the interchange file.
    db_id: int | None = field(default=None, compare=False)

    @property
    def active_injectors(self) -> list[Injector]:
        return [i for i in self.injectors if i.status == "active"]
