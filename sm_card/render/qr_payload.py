"""What the card's QR code holds: the text summary as is, or wrapped in a vCard.

Why a vCard by default (sources in README, "What a responder's phone shows"): the iPhone
Camera app is reported to act only on payloads it knows (web links, contacts, Wi-Fi...) and to
show nothing for free text, while it offers a contact card for ``BEGIN:VCARD``; Android cameras
and Google Lens show free text and also read vCards. So the vCard reaches both; plain text
stays as the alternative (setting ``qr_format``, CLI ``--qr-format text``) for readers that show
the raw content.

The vCard (3.0, RFC 2426) is kept small, because every byte makes the symbol denser:

* ``N`` and ``FN`` are the person's name (the note's first line says MEDICAL ALERT; a
  prefix in FN cost the bytes that hold the avoid list on an average record);
* ``TEL`` is the first emergency contact's number, tappable in the preview;
* ``NOTE`` holds the text summary without that first contact (newlines escaped as ``\\n``).

Lines end with LF and are not folded: RFC 2426 asks for CRLF and folding at 75 octets, but
readers accept bare LF and long lines (as common generators write them), and each fold or CR
costs bytes the summary needs.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sm_card.core.emergency_numbers import DEFAULT_NUMBER
from sm_card.core.models import Profile
from sm_card.core.settings import DEFAULTS
from sm_card.render.summary import (
    MORE,
    QR_MAX_BYTES,
    SHORTENED,
    WHOLE,
    Omission,
    Summary,
    qr_summary,
)

FORMATS = ("vcard", "text")
DEFAULT_FORMAT = DEFAULTS.qr_format
# A name longer than this (bytes) is cut in N and FN (it is there twice): the bytes go to the
# condition, the epinephrine and the avoid list in the note first.
_NAME_BYTES = 24
# Cut shorter still when the avoid list would be left out whole: it comes before the name in
# the priority (render/summary.py), and a long name in a two-byte script (Arabic, Greek)
# cost a card QR its "DO NOT GIVE" line. The name is printed whole on the card.
_SHORTER_NAME_BYTES = (16, 12)


@dataclass(frozen=True)
class Payload:
    text: str  # exactly what the QR code holds
    summary: Summary  # the text summary inside it (and what was left out)
    format: str

    @property
    def omitted(self) -> list[str]:
        return self.summary.omitted


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def escape_text(value: str) -> str:
    """A vCard 3.0 text value: backslash, comma, semicolon and newlines escaped."""
    return (value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n"))


def _cut(text: str, budget: int) -> str:
    """``text`` in at most ``budget`` UTF-8 bytes, at the end of a word where it has one
    ("محمد", not "محمد ع")."""
    cut = text.encode("utf-8")[:budget].decode("utf-8", "ignore")
    if cut == text:
        return text
    if not text[len(cut)].isspace() and " " in cut.strip():
        cut = cut[: cut.rstrip().rfind(" ")]
    return cut.rstrip()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def vcard(note: str, name: str, phone: str | None, name_bytes: int = _NAME_BYTES) -> str:
    name = _cut(_one_line(name), name_bytes) or "Unnamed"
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{escape_text(name)};;;;",
             f"FN:{escape_text(name)}"]
    if phone and _one_line(phone):
        lines.append(f"TEL:{escape_text(_one_line(phone))}")
    lines += [f"NOTE:{escape_text(note)}", "END:VCARD"]
    return "\n".join(lines)


def _in_vcard(summary: Summary, profile: Profile, name_bytes: int) -> Summary:
    """What a vCard leaves out: its N and FN hold the name whole unless it is longer than
    ``name_bytes``, so a note whose "Name:" line is left out or cut loses at most the date of
    birth."""
    name_whole = _size(_one_line(profile.name)) <= name_bytes
    born = profile.date_of_birth
    omitted: list[str] = []
    for entry in summary.omitted:
        if isinstance(entry, Omission) and entry.what == "name" and name_whole:
            if born is not None and born.isoformat() not in summary.text:
                omitted.append(Omission("date of birth", WHOLE))
            continue
        omitted.append(entry)
    return dataclasses.replace(summary, omitted=omitted)


def qr_payload(profile: Profile, emergency_number: str = DEFAULT_NUMBER, fmt: str = DEFAULT_FORMAT,
               max_bytes: int = QR_MAX_BYTES) -> Payload:
    """The QR content in ``fmt`` ("vcard" or "text"), at most ``max_bytes`` UTF-8 bytes."""
    if fmt not in FORMATS:
        raise ValueError(f"QR format must be one of {', '.join(FORMATS)}")
    if fmt == "text":
        summary = qr_summary(profile, emergency_number, max_bytes)
        return Payload(summary.text, summary, fmt)
    first = profile.contacts[0] if profile.contacts else None
    phone = first.phone if first else None
    # The first contact's number is the card's TEL (one tap to call): the note leaves it out
    # and spends those bytes on the avoid list. The others stay in the note while room lasts.
    rest = dataclasses.replace(profile, contacts=list(profile.contacts[1:]))

    def wrapped(budget: int, name_bytes: int) -> Payload:
        summary = qr_summary(rest, emergency_number, budget)
        return Payload(vcard(summary.text, profile.name, phone, name_bytes),
                       _in_vcard(summary, profile, name_bytes), fmt)

    def fitted(name_bytes: int) -> Payload:
        # Escaping grows the note (a byte per newline, comma, semicolon), by how much depends
        # on what the summary keeps: the largest summary budget whose vCard fits, counting
        # down from the most the vCard leaves (a few steps: escapes are few). Not by
        # bisection: what a summary keeps is not monotonic in its budget, and bisection once
        # settled on a budget whose summary had lost the avoid list while a larger one fitted.
        empty = _size(vcard("", profile.name, phone, name_bytes))
        for budget in range(max_bytes - empty, -1, -1):
            candidate = wrapped(budget, name_bytes)
            if _size(candidate.text) <= max_bytes:
                return candidate
        raise ValueError(f"no vCard of at most {max_bytes} bytes holds this summary")

    payload = fitted(_NAME_BYTES)
    for name_bytes in _SHORTER_NAME_BYTES:
        if not _avoid_list_left_out(payload):
            break
        shorter = fitted(name_bytes)
        if not _avoid_list_left_out(shorter):
            payload = shorter
    return payload


def _avoid_list_left_out(payload: Payload) -> bool:
    return any(isinstance(o, Omission) and o.what == "avoid list" and o.kind != MORE
               and o.kind != SHORTENED for o in payload.omitted)
