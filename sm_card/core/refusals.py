"""Errors that say what went wrong twice: an English message (the CLI prints it, logs keep it)
and a stable ``code`` with its facts (``params``), which the window words in the person's
language (gui/refusal_words.py). validation.FieldError does the same for one typed value;
``Notice`` does it for a warning that refuses nothing (an import that kept an odd value).

Every code used in core is listed in REFUSAL_CODES with the params it carries;
tests/core/test_refusal_codes.py checks the list against the raises, and
tests/gui/test_refusal_words.py that the window has a German and Spanish sentence for each.
A raise without a code still works: the window then shows its English message.
"""

from __future__ import annotations

from typing import Any, Self


class Refusal(Exception):
    """Base of the errors a person meets in the window (store, backups, files, photos)."""

    def __init__(self, message: str, code: str = "", **params: Any):
        super().__init__(message)
        self.code = code
        self.params: dict[str, Any] = params


class Notice(str):
    """A warning that is its own English text (what the CLI prints), with a code and facts."""

    code: str
    params: dict[str, Any]

    def __new__(cls, text: str, code: str, /, **params: Any) -> Self:
        notice = super().__new__(cls, text)
        notice.code = code
        notice.params = params
        return notice


# code: the params it carries (paths are str, numbers int; "detail" is the system's own
# words, an OS or SQLite message, shown as it is).
REFUSAL_CODES: dict[str, tuple[str, ...]] = {
    # store (core/store.py)
    "store_folder_uncreatable": ("folder", "detail"),
    "store_unopenable": ("path", "detail"),
    "store_empty_with_backups": ("path",),
    "store_busy": ("path",),
    "store_unreadable": ("path", "detail"),
    "store_damaged": ("path", "detail"),
    "store_not_a_store": ("path", "detail"),
    "store_too_new": ("path", "version", "known"),
    "store_upgrade_read_only": ("path", "folder"),
    "store_not_upgraded": ("path", "detail"),
    "store_read_only": ("path",),
    "store_write_busy": ("path",),
    "store_cannot_write": ("path", "detail"),
    "store_not_saved": ("path", "detail"),
    "store_changed": ("path",),
    "store_profile_gone": ("path", "name"),
    "store_import_read_only": ("path",),
    "store_import_no_backup": ("detail",),
    # backups (core/backups.py)
    "backup_no_free_name": ("folder",),
    "backup_folder_unusable": ("folder", "detail"),
    "backup_not_made": ("folder", "detail"),
    "recover_app_running": ("folder", "pid"),
    "recover_newer": ("path", "detail"),
    "recover_unreadable": ("path", "detail"),
    "recover_sound": ("path",),
    # output files (core/atomic.py); the window puts the path before these
    "output_unresolvable": ("detail",),
    "output_own_file": (),
    "output_uncheckable": ("detail",),
    "output_not_regular": (),
    # encrypted files (core/encryption.py)
    "passphrase_too_short": ("minimum",),
    "not_encrypted_file": (),
    "encrypted_cut_short": (),
    "encrypted_version": ("version", "supported"),
    "encrypted_limits": (),
    "passphrase_empty": (),
    "passphrase_wrong": (),
    # photos (core/photo.py); the window puts the file's path before these
    "photo_bomb": (),
    "photo_not_image": (),
    "photo_damaged": ("detail",),
    "photo_no_pixels": (),
    "photo_too_many_pixels": ("width", "height"),
    "photo_file_too_large": ("megabytes",),
    "photo_stored_too_large": ("kilobytes",),
    "photo_not_jpeg": (),
    # travel sentences and trips (core/travel.py)
    "travel_no_language": (),
    "travel_unknown_language": ("unknown", "known"),
    "travel_no_sentence": ("key",),
    "travel_source_not_corrected": (),
    "travel_placeholders": ("need",),
    "travel_no_placeholders": (),
    "travel_trip_order": ("start", "end"),
    # interchange files (core/interchange.py); "place" names where in the file (may be "")
    "import_not_object": ("place",),
    "import_unknown_key": ("place",),
    "import_value": ("place",),  # raised from the value's FieldError (__cause__)
    "import_not_list": ("place",),
    "import_not_text_list": ("place",),
    "import_not_base64": ("place",),
    "import_photo_too_large": ("place", "kilobytes"),
    "import_photo": ("place",),  # raised from the photo's PhotoError (__cause__)
    "import_not_a_timestamp": ("place",),
    "import_bad_timestamp": ("place", "value"),
    "import_timestamp_no_zone": ("place", "value"),
    "import_not_interchange": ("place",),
    "import_format": ("place", "expected"),
    "import_version_invalid": ("place",),
    "import_version_too_new": ("place", "version", "latest"),
    "import_no_profiles": ("place",),
    "import_duplicate_name": ("place", "name", "other"),
    "import_too_large": ("place", "megabytes"),
    "import_not_utf8": ("place", "detail"),
    "import_refused": ("place",),  # raised from one of the three below (__cause__)
    "import_duplicate_key": ("key",),
    "import_long_number": ("limit",),
    "import_bad_constant": ("text",),
    "import_too_deep": ("place",),
    "import_not_json": ("place", "line", "detail"),
    "import_needs_passphrase": ("place",),
    "import_envelope": ("place",),  # raised from the EnvelopeError (__cause__)
}

# Notices (warnings that refuse nothing): code: the params it carries.
NOTICE_CODES: dict[str, tuple[str, ...]] = {
    "import_unknown_catalog_id": ("place", "value"),
    "import_phone_kept": ("place", "value"),
    "import_phone_short_kept": ("place", "value", "minimum"),
}
