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
    assert texts(page)[0] == ("Fewer than two in-date devices at a place — only 1 in-date "
                              "epinephrine device at handbag: carry two there")
    for device in session.profile.injectors:
        device.location = "handbag"
    session.commit()
    assert page.findings == [] and page.summary.text() == "Nothing found."
    session.profile.medications.append(Medication("Ibuprofen 400 mg"))
    session.profile.injectors[0].dose_mg = 0.5
    session.commit()
    assert [f.code for f in page.findings] == ["dose-not-made", "medication-avoided"]
    assert texts(page)[0].startswith("Dose the product is not made in — EpiPen 0.5 mg")
    assert "ibuprofen" in texts(page)[1] and page.summary.text() == "2 finding(s):"
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
    # the title of each finding is translated; the detail quotes the record
    assert texts(page) and all(t.startswith("[") for t in texts(page))
