"""What the store, a file, a photo or a travel sentence refused, worded in the person's language.

core/refusals.Refusal carries an English message (for the CLI) and a ``code`` with its facts;
the window words the code here, one sentence per code under the context "Refusals". Paths
and the system's own words (``detail``: an OS or SQLite message) are shown as they are,
isolated by direction. An error without a code, or one this module does not know yet, is
shown in English: never nothing.
"""

from __future__ import annotations

from sm_card.core.refusals import Refusal
from sm_card.gui.bidi import isolate
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
    return None


def refusal_text(err: BaseException) -> str:
    """What the window shows for ``err``: its code worded in the person's language, else
    its English message."""
    cause = err.__cause__
    if not isinstance(err, Refusal) and isinstance(cause, Refusal) and str(err) == str(cause):
        return refusal_text(cause)  # passed on in the same words (an import's passphrase)
    if not isinstance(err, Refusal):
        return str(err)
    sentence = _sentence(err.code)
    if sentence is None:
        return str(err)
    facts = {key: isolate(str(value)) for key, value in err.params.items()}
    if err.code == "store_import_no_backup" and isinstance(cause, Refusal):
        facts["detail"] = refusal_text(cause)  # the backup's own refusal, worded
    return sentence.format(**facts)


def not_written_text(path: str, err: BaseException) -> str:
    """'{path}: cannot write (why)', for an output file that was not written."""
    if isinstance(err, OSError) and not isinstance(err, Refusal) and err.strerror:
        why = err.strerror
    else:
        why = refusal_text(err)
    return translate("Refusals", "{path}: cannot write ({why})").format(path=isolate(path),
                                                                          why=why)
