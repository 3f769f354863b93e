"""What the store, a file, a photo or a travel sentence refused, worded in the person's language.

core/refusals.Refusal carries an English message (for the CLI) and a ``code`` with its facts;
the window words the code here, one sentence per code under the context "Refusals". Paths
and the system's own words (``detail``: an OS or SQLite message) are shown as they are,
isolated by direction. An error without a code, or one this module does not know yet, is
shown in English: never nothing.
"""

from __future__ import annotations

from sm_card.core import validation as v
from sm_card.core.refusals import Notice, Refusal
from sm_card.gui.bidi import isolate
from sm_card.gui.field_errors import field_error_text, shown_value
from sm_card.gui.i18n import translate


def _sentence(code: str) -> str | None:
    # One literal translate() per sentence: lupdate reads only literal calls.
    # The store
    if code == "store_folder_uncreatable":
        return translate("Refusals", "{folder}: the data folder cannot be created ({detail}).")
    if code == "store_unopenable":
        return translate("Refusals", "{path}: the store cannot be opened ({detail}).")
    if code == "store_empty_with_backups":
        return translate("Refusals", "{path}: the store is empty (0 bytes) although backups "
                         "exist; it is damaged. The file was left as it is.")
    if code == "store_busy":
        return translate("Refusals", "{path}: another program is using the store (an "
                         "sm-card import or save) and did not finish in time; nothing was "
                         "changed. Try again.")
    if code == "store_unreadable":
        return translate("Refusals", "{path}: the store cannot be read ({detail}); the file "
                         "was left as it is.")
    if code == "store_not_a_store":
        return translate("Refusals", "{path}: the store is damaged or not an sm-card store "
                         "({detail}). The file was left as it is.")
    if code == "store_damaged":
        return translate("Refusals", "{path}: the store is damaged ({detail}). The file was "
                         "left as it is.")
    if code == "store_too_new":
        return translate("Refusals", "{path} was made by a newer sm-card (schema {version}; "
                         "this app knows {known}). Update the app to open it.")
    if code == "store_upgrade_read_only":
        return translate("Refusals", "{path}: the store needs an upgrade, but {folder} cannot "
                         "be written.")
    if code == "store_not_upgraded":
        return translate("Refusals", "{path}: the store was not upgraded ({detail}).")
    if code == "store_read_only":
        return translate("Refusals", "{path}: not saved: the data folder or the store cannot "
                         "be written (read-only).")
    if code == "store_write_busy":
        return translate("Refusals", "{path}: not saved: another program is using the store "
                         "(an sm-card import or save) and did not finish in time. Try again.")
    if code == "store_cannot_write":
        return translate("Refusals", "{path}: cannot write ({detail}).")
    if code == "store_not_saved":
        return translate("Refusals", "{path}: the change was not saved; the store is as it "
                         "was before ({detail}).")
    if code == "store_changed":
        return translate("Refusals", "{path}: changed by another program since it was read.")
    if code == "store_profile_gone":
        return translate("Refusals", "{path}: the profile {name} no longer exists (another "
                         "program removed it).")
    if code == "store_import_read_only":
        return translate("Refusals", "{path}: nothing was imported: the data folder or the "
                         "store cannot be written (read-only).")
    if code == "store_import_no_backup":
        return translate("Refusals", "{detail} Nothing was imported.")
    # Backups and recovery
    if code == "backup_no_free_name":
        return translate("Refusals", "{folder}: no free name for a backup.")
    if code == "backup_folder_unusable":
        return translate("Refusals", "{folder}: a backup cannot be made there ({detail}).")
    if code == "backup_not_made":
        return translate("Refusals", "{folder}: the backup was not made ({detail}); older "
                         "copies are kept.")
    if code == "recover_app_running":
        return translate("Refusals", "The sm-card app has {folder} open (process {pid}): quit "
                         "it first.")
    if code == "recover_newer":
        return translate("Refusals", "{path} was made by a newer sm-card ({detail}): it is not "
                         "damaged. Update the app to open it.")
    if code == "recover_unreadable":
        return translate("Refusals", "{path} cannot be read ({detail}), which does not show "
                         "that the file is damaged: fix the cause (a disk error, a file left "
                         "by another program) first.")
    if code == "recover_sound":
        return translate("Refusals", "{path} is sound: restoring a backup would lose the "
                         "changes made since.")
    # Files the app writes (the path is put before these)
    if code == "output_unresolvable":
        return translate("Refusals", "the path cannot be resolved ({detail})")
    if code == "output_own_file":
        return translate("Refusals", "is a file of sm-card's own data folder (the store or "
                         "its backups); choose another name")
    if code == "output_uncheckable":
        return translate("Refusals", "cannot be checked ({detail})")
    if code == "output_not_regular":
        return translate("Refusals", "exists and is not a regular file (a folder, device or "
                         "pipe); choose another name")
    # Encrypted files
    if code == "passphrase_too_short":
        return translate("Refusals", "The passphrase must have at least {minimum} characters.")
    if code == "not_encrypted_file":
        return translate("Refusals", "The file is not an sm-card encrypted file.")
    if code == "encrypted_cut_short":
        return translate("Refusals", "The encrypted file is cut short.")
    if code == "encrypted_version":
        return translate("Refusals", "The file is encrypted with format version {version}; "
                         "this app reads version {supported}. Update sm-card to import it.")
    if code == "encrypted_limits":
        return translate("Refusals", "The encrypted file asks for key-derivation settings "
                         "beyond this app's limits (damaged, or not made by sm-card).")
    if code == "passphrase_empty":
        return translate("Refusals", "The passphrase is empty.")
    if code == "passphrase_wrong":
        return translate("Refusals", "The passphrase is wrong, or the file was changed or "
                         "damaged after it was encrypted.")
    # Photos (the file's path is put before these)
    if code == "photo_bomb":
        return translate("Refusals", "claims far more pixels than a photo has")
    if code == "photo_not_image":
        return translate("Refusals", "is not a JPEG or PNG image")
    if code == "photo_damaged":
        return translate("Refusals", "is damaged or incomplete ({detail})")
    if code == "photo_no_pixels":
        return translate("Refusals", "has no pixels")
    if code == "photo_too_many_pixels":
        return translate("Refusals", "claims {width} × {height} pixels, more than a photo for "
                         "sm-card may have")
    if code == "photo_file_too_large":
        return translate("Refusals", "is larger than {megabytes} MB; pick a smaller photo "
                         "(JPEG or PNG)")
    if code == "photo_stored_too_large":
        return translate("Refusals", "is larger than {kilobytes} KB, more than sm-card keeps "
                         "for a photo")
    if code == "photo_not_jpeg":
        return translate("Refusals", "is not a JPEG image")
    # Travel sentences and trips
    if code == "travel_no_language":
        return translate("Refusals", "No language was chosen.")
    if code == "travel_unknown_language":
        return translate("Refusals", "There are no sentences for {unknown} (there are for: "
                         "{known}).")
    if code == "travel_no_sentence":
        return translate("Refusals", "There is no sentence {key}.")
    if code == "travel_source_not_corrected":
        return translate("Refusals", "The English sentences are the card's own wording; they "
                         "are not corrected.")
    if code == "travel_placeholders":
        return translate("Refusals", "The sentence must keep exactly {need}, as they are "
                         "written.")
    if code == "travel_no_placeholders":
        return translate("Refusals", "The sentence must not have a placeholder in braces.")
    if code == "travel_trip_order":
        return translate("Refusals", "The trip ends ({end}) before it starts ({start}).")
    return _import_sentence(code)


def _import_sentence(code: str) -> str | None:
    """An interchange file's problem; the place in the file, when there is one, is put before
    it (refusal_text)."""
    if code == "import_not_object":
        return translate("Refusals", "is not an object")
    if code == "import_unknown_key":
        return translate("Refusals", "is not a known key")
    if code == "import_not_list":
        return translate("Refusals", "is not a list")
    if code == "import_not_text_list":
        return translate("Refusals", "is not a list of text")
    if code == "import_not_base64":
        return translate("Refusals", "is not base64 text")
    if code == "import_photo_too_large":
        return translate("Refusals", "is larger than {kilobytes} KB, more than sm-card keeps "
                         "for a photo")
    if code == "import_not_a_timestamp":
        return translate("Refusals", "is not an RFC 3339 timestamp")
    if code == "import_bad_timestamp":
        return translate("Refusals", "{value} is not an RFC 3339 timestamp")
    if code == "import_timestamp_no_zone":
        return translate("Refusals", "{value} is not an RFC 3339 timestamp with a time zone")
    if code == "import_not_interchange":
        return translate("Refusals", "The file is not an sm-card file (not a JSON object).")
    if code == "import_format":
        return translate("Refusals", "must be {expected}")
    if code == "import_version_invalid":
        return translate("Refusals", "must be a whole number (1 or later)")
    if code == "import_version_too_new":
        return translate("Refusals", "This file is format version {version}; this app reads "
                         "versions up to {latest}. Update sm-card to import it.")
    if code == "import_no_profiles":
        return translate("Refusals", "must be a list of at least one profile")
    if code == "import_duplicate_name":
        return translate("Refusals", "{name} is the same name as {other}")
    if code == "import_too_large":
        return translate("Refusals", "The file is larger than {megabytes} MB, far more than any "
                         "sm-card record; it is not an sm-card file.")
    if code == "import_not_utf8":
        return translate("Refusals", "The file is not UTF-8 text ({detail}).")
    if code == "import_refused":
        return translate("Refusals", "The file is refused: {why}.")
    if code == "import_duplicate_key":
        return translate("Refusals", "the key {key} appears twice in one object (which one is "
                         "meant?)")
    if code == "import_long_number":
        return translate("Refusals", "a number is written with more than {limit} characters")
    if code == "import_bad_constant":
        return translate("Refusals", "{text} is not a number JSON allows")
    if code == "import_too_deep":
        return translate("Refusals", "The file is nested too deeply to be an sm-card file.")
    if code == "import_not_json":
        return translate("Refusals", "The file is not valid JSON (line {line}: {detail}).")
    if code == "import_needs_passphrase":
        return translate("Refusals", "The file is encrypted: a passphrase is needed.")
    return None


def _notice_sentence(code: str) -> str | None:
    if code == "import_unknown_catalog_id":
        return translate("Refusals", "{place}: {value} is not in this app's catalog; kept as it "
                         "is.")
    if code == "import_phone_kept":
        return translate("Refusals", "{place}: {value} is not a phone number; kept as it is.")
    if code == "import_phone_short_kept":
        return translate("Refusals", "{place}: {value} has fewer than {minimum} digits; kept as "
                         "it is.")
    return None


def _facts(params: dict) -> dict[str, str]:
    """The facts for a sentence: a value from a file quoted the language's way, the rest
    (paths, names, the system's words, numbers) as they are; each isolated by direction."""
    return {key: shown_value(value) if key in ("value", "name") else isolate(str(value))
            for key, value in params.items()}


def notice_text(notice: str) -> str:
    """A warning that refused nothing (core/refusals.Notice), in the person's language."""
    if not isinstance(notice, Notice):
        return str(notice)
    sentence = _notice_sentence(notice.code)
    if sentence is None:
        return str(notice)
    return sentence.format(**_facts(notice.params))


def refusal_text(err: BaseException) -> str:
    """What the window shows for ``err``: its code worded in the person's language, else
    its English message."""
    if not isinstance(err, Refusal):
        return str(err)
    cause = err.__cause__
    place = err.params.get("place") if err.code.startswith("import_") else None
    if err.code in ("import_value", "import_photo", "import_envelope"):
        # Found by another check (a typed value, a photo, the encryption): its words.
        if isinstance(cause, v.FieldError):
            text = field_error_text("", cause).strip()
        elif isinstance(cause, Refusal) and _sentence(cause.code) is not None:
            text = refusal_text(cause)
        else:
            return str(err)
    else:
        sentence = _sentence(err.code)
        if sentence is None:
            return str(err)
        facts = _facts(err.params)
        if isinstance(cause, Refusal) and err.code == "store_import_no_backup":
            facts["detail"] = refusal_text(cause)  # the backup's own refusal, worded
        if err.code == "import_refused":  # what the JSON reader refused, in its words
            if not isinstance(cause, Refusal):
                return str(err)
            facts["why"] = refusal_text(cause)
        text = sentence.format(**facts)
    return f"{isolate(place)}: {text}" if place else text


def not_written_text(path: str, err: BaseException) -> str:
    """'{path}: cannot write (why)', for an output file that was not written."""
    if isinstance(err, OSError) and not isinstance(err, Refusal) and err.strerror:
        why = err.strerror
    else:
        why = refusal_text(err)
    return translate("Refusals", "{path}: cannot write ({why})").format(path=isolate(path),
                                                                          why=why)
