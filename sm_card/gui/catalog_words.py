"""Catalog text the interface shows as it is, in the interface's language.

Subtype names and descriptions, the preparation checklist's steps, the facts about devices,
a recall note and the titles of the suggestion groups are looked up under the context
"Catalog"; ``packaging/update_translations.py`` extracts them from resources/catalog
(lupdate reads no JSON), so a step added or reworded there shows up as a string to translate,
and until it is translated the English stays. The record keeps the subtype's code and the
step's id, never these words; the printed letter and card stay in English.

Agent names are not translated: a picked suggestion's name is what the record and the card
then hold; nor are the evidence notes, read beside the English sources they cite.
"""

from __future__ import annotations

from sm_card.gui.i18n import translate


def catalog_text(text: str) -> str:
    return translate("Catalog", text)  # i18n: marked (extracted from resources/catalog)
