"""The Check page: findings listed, refreshed on edits, each leading to its field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from sm_card.core.models import Medication, Procedure
from sm_card.core.reminders import pending_reminders
from sm_card.gui.banner import describe


def texts(page) -> list[str]:
    return [page.list.item(i).text() for i in range(page.list.count())]


def activate(qtbot, page, code: str) -> None:
    row = next(i for i, f in enumerate(page.findings) if f.code == code)
    page.list.setCurrentRow(row)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return)


def test_findings_listed_and_refreshed_when_the_record_changes(window, session):
    page = window.show_page("check")
    assert window.current_page() is page
    # The example keeps one pen in the handbag and one in the office drawer.
    assert [f.code for f in page.findings] == ["fewer-than-two-at-place"] * 2
    # the page words the finding itself, the person's place isolated by direction
    assert texts(page)[0] == ("Fewer than two in-date devices at a place — Only one "
                              "epinephrine device in date at \u2068handbag\u2069: carry two "
                              "there.")
    assert page.summary.text() == "2 findings:"  # English plural forms (sm_card_en.qm)
    for device in session.profile.injectors:
        device.location = "handbag"
    session.commit()
    assert page.findings == [] and page.summary.text() == "Nothing found."
    session.profile.medications.append(Medication("Ibuprofen 400 mg"))
    session.profile.injectors[0].dose_mg = 0.5
    session.commit()
    assert [f.code for f in page.findings] == ["dose-not-made", "medication-avoided"]
    assert texts(page)[0] == ("Dose the product is not made in — \u2068EpiPen 0.5 mg\u2069: "
                              "\u2068EpiPen\u2069 is made in 0.3 mg only. Check the dose on the "
                              "device's label.")
    assert "ibuprofen" in texts(page)[1] and page.summary.text() == "2 findings:"
    session.profile.medications.pop()
    session.commit()
    assert [f.code for f in page.findings] == ["dose-not-made"]


def test_activating_a_finding_leads_to_its_field(window, session, qtbot):
    profile = session.profile
    profile.medications.append(Medication("Bisoprolol"))
    profile.injectors[1].dose_mg = 0.5
    profile.contacts.clear()
    session.commit()
    page = window.show_page("check")

    activate(qtbot, page, "dose-not-made")
    injectors = window.current_page()
    assert injectors.objectName() == "injectorsPage"
    assert injectors.selected_id() == profile.injectors[1].id

    window.show_page("check")
    activate(qtbot, page, "beta-blocker")
    medications = window.current_page()
    assert medications.objectName() == "medicationsPage"
    assert medications.table.currentRow() == len(profile.medications) - 1

    window.show_page("check")
    activate(qtbot, page, "no-emergency-contact")
    contacts = window.current_page()
    assert contacts.objectName() == "contactsPage"
    assert contacts.focusWidget() is contacts.add_edits["name"]


def test_double_click_leads_to_the_diagnosis(window, session, qtbot):
    session.profile.diagnosis = None
    session.commit()
    page = window.show_page("check")
    (item,) = [page.list.item(i) for i in range(page.list.count())
               if page.findings[i].code == "no-diagnosis"]
    page.list.itemActivated.emit(item)  # what a double-click emits
    assert window.current_page().objectName() == "diagnosisPage"


def test_preparation_banner_names_a_device_out_of_date_by_the_procedure(session):
    profile = session.profile  # the example's first EpiPen is in date until 2026-12-31
    profile.procedures.append(Procedure("Knee arthroscopy", planned_on=date(2027, 1, 5)))
    (r,) = [r for r in pending_reminders([profile], date(2026, 12, 28)) if r.kind == "procedure"]
    assert describe(r).endswith("\u2068EpiPen 0.3 mg\u2069 is in date only until 2026-12-31, "
                                "before the procedure: replace it first.")


def test_check_page_text_goes_through_tr(qtbot, session, pseudo_locale):
    from sm_card.core.catalog import default_catalog
    from sm_card.gui.pages.check_page import CheckPage

    session.profile.contacts.clear()
    page = CheckPage(session, default_catalog())
    qtbot.addWidget(page)
    for name, text in pseudo_locale(page):
        assert "[" in text, f"{name!r} shows {text!r}"
    # the title and the sentence of each finding are translated
    assert texts(page) and all(t.startswith("[") for t in texts(page))
    assert all(" — [" in t for t in texts(page)), texts(page)


def test_findings_are_worded_in_german(qtbot, session, german):
    """With the German translation loaded, each finding is a German sentence built from the
    record's facts (not core's English), and the record's own words are quoted isolated."""
    from sm_card.core.catalog import default_catalog
    from sm_card.gui.pages.check_page import CheckPage

    profile = session.profile
    profile.contacts.clear()
    profile.medications.append(Medication("Ibuprofen 400 mg"))
    profile.medications.append(Medication("Bisoprolol"))
    session.commit()
    page = CheckPage(session, default_catalog())
    qtbot.addWidget(page)
    shown = dict(zip([f.code for f in page.findings], texts(page), strict=True))
    avoided = profile.avoid[0].agent
    assert shown["no-emergency-contact"] == "Kein Notfallkontakt — Kein Notfallkontakt erfasst."
    assert shown["medication-avoided"].startswith(
        "Medikament steht auf der Liste der zu meidenden Stoffe — Das Medikament "
        "\u2068Ibuprofen 400 mg\u2069: Der Katalog führt \u2068ibuprofen\u2069 unter "
        f"\u2068{avoided}\u2069, auf der Liste der zu meidenden Stoffe (Eintrag 1).")
    assert shown["beta-blocker"] == (
        "Betablocker — Das Medikament \u2068Bisoprolol\u2069 scheint ein Betablocker zu sein: "
        "zur Prüfung durch Ihre Ärztin oder Ihren Arzt.")
    assert "Nur ein haltbarer Adrenalin-Autoinjektor am Ort \u2068" in \
        shown["fewer-than-two-at-place"]
    english = ("recorded", "matches", "the catalog lists", "in-date", "for your physician")
    assert not [t for t in texts(page) if any(word in t for word in english)], texts(page)


def test_a_number_without_country_code_is_shown_and_leads_to_the_contact(window, session,
                                                                        qtbot):
    profile = session.profile
    profile.contacts[0].phone = "0170 1234567"
    session.commit()
    page = window.show_page("check")
    (shown,) = [t for t, f in zip(texts(page), page.findings, strict=True)
                if f.code == "number-without-country-code"]
    assert shown == (f"Number without country code — \u2068{profile.contacts[0].name}\u2069: "
                     "\u20680170 1234567\u2069 has no country code. Written with + and the "
                     "country code, it connects from abroad and from any phone.")
    activate(qtbot, page, "number-without-country-code")
    contacts = window.current_page()
    assert contacts.objectName() == "contactsPage"
    assert contacts.table.currentRow() == 0
