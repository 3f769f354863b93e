"""The Overview page: the first page, per profile what is missing and due, buttons that lead."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from sm_card.core import overview as ov
from sm_card.core.models import Contact, Profile


def texts(rows) -> list[str]:
    return [row.findChild(QLabel, "overviewText").text() for row in rows]


def kinds(rows) -> list[str]:
    return [row.property("kind") for row in rows]


def with_mia(window, store):
    store.save_profile(Profile(name="Mia"))
    window.session.reload()
    page = window.page("overview")
    page.refresh()
    return page


def test_overview_is_the_first_page_and_says_what_is_due(window, qtbot):
    page = window.current_page()
    assert page is window.page("overview") and window.nav.currentRow() == 0
    qtbot.waitUntil(lambda: bool(page.rows("Alex Example")), timeout=2000)
    rows = page.rows("Alex Example")
    # The example keeps one pen in the handbag and one in the office drawer: two in date in
    # all, one at each place (as `reminders`, `check` and the Injectors page say).
    assert kinds(rows) == [ov.DEVICE_DUE_SOON, ov.PLACE_TOO_FEW, ov.PLACE_TOO_FEW]
    assert texts(rows) == [
        "\u2068EpiPen 0.3 mg\u2069 is in date until 2026-12-31 (38 days left).",
        "Only one epinephrine device in date at \u2068handbag\u2069: carry two there.",
        "Only one epinephrine device in date at \u2068office drawer\u2069: carry two there."]
    assert {row.findChild(QPushButton, "overviewGo").text() for row in rows} == {
        "Go to Injectors"}


def test_each_profile_lists_what_is_missing(window, store):
    page = with_mia(window, store)
    assert kinds(page.rows("Mia")) == [ov.NO_INJECTOR, ov.NO_AVOID, ov.NO_CONTACT,
                                       ov.NO_DIAGNOSIS]
    assert texts(page.rows("Mia"))[2] == "No emergency contact yet."


def test_a_button_opens_the_page_for_that_profile(window, store):
    page = with_mia(window, store)
    contacts_row = next(r for r in page.rows("Mia") if r.property("kind") == ov.NO_CONTACT)
    contacts_row.findChild(QPushButton, "overviewGo").click()
    assert window.session.profile.name == "Mia"
    contacts = window.current_page()
    assert contacts is window.page("contacts")
    assert contacts.focusWidget() is contacts.add_edits["name"]

    window.show_page("overview")
    overview = window.page("overview")
    device_row = overview.rows("Alex Example")[0]
    device_row.findChild(QPushButton, "overviewGo").click()
    assert window.session.profile.name == "Alex Example"
    injectors = window.current_page()
    assert injectors is window.page("injectors")
    alex = window.session.profile
    assert injectors.selected_id() == alex.injectors[0].id  # the device due soon


def test_a_fix_shows_when_the_overview_is_next_shown(window, store, qtbot):
    page = with_mia(window, store)
    window.session.select("Mia")
    window.show_page("contacts")
    window.session.profile.contacts.append(Contact("Noa", "+44 7700 900456"))
    window.session.commit()
    # hidden: nothing rebuilt yet (hidden pages render when shown)
    assert ov.NO_CONTACT in kinds(page.rows("Mia"))
    window.show_page("overview")
    assert ov.NO_CONTACT not in kinds(page.rows("Mia"))
    # the profile open now comes first
    names = [box.property("profileName")
             for box in page.content.findChildren(QWidget, "overviewProfile")]
    assert names[0] == "Mia"


def test_an_arabic_name_is_isolated_in_its_heading(window, store):
    store.save_profile(Profile(name="سارة"))
    window.session.reload()
    page = window.page("overview")
    page.refresh()
    headings = [label.text() for label in page.content.findChildren(QLabel, "overviewName")]
    assert "\u2068سارة\u2069" in headings


def test_the_overview_fills_after_the_first_paint_open_profile_first(qtbot, session, store):
    from sm_card.gui.pages.overview_page import OverviewPage

    store.save_profile(Profile(name="Mia"))
    page = OverviewPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.overviews == [] and page.content is None  # nothing before the first paint
    qtbot.waitUntil(lambda: len(page.overviews) == 2, timeout=2000)
    assert [o.name for o in page.overviews] == ["Alex Example", "Mia"]  # the open one first
    assert kinds(page.rows("Mia"))[0] == ov.NO_INJECTOR


def test_overview_words_go_through_tr(qtbot, session, store, pseudo_locale):
    from sm_card.gui.pages.overview_page import OverviewPage

    store.save_profile(Profile(name="Mia"))
    page = OverviewPage(session)
    qtbot.addWidget(page)
    page.refresh()
    texts = pseudo_locale(page, ("overviewSign",))  # a sign, not words
    names = {t for n, t in texts if n == "overviewName"}
    assert "\u2068Mia\u2069" in names  # the name is the person's, not interface text
    for name, text in texts:
        if text not in names or "open now" in text:
            assert "[" in text, f"{name!r} shows {text!r}"
    assert any(n == "overviewText" for n, _ in texts)


def test_a_device_that_will_not_last_to_the_operation_says_so(window, qtbot):
    from datetime import date

    from sm_card.core.models import Procedure

    window.session.profile.procedures.append(Procedure("Hip replacement",
                                                       planned_on=date(2027, 1, 14)))
    window.session.commit()
    page = window.page("overview")
    page.refresh()
    rows = page.rows("Alex Example")
    assert kinds(rows) == [ov.DEVICE_DUE_SOON, ov.DEVICE_BEFORE_PROCEDURE, ov.PLACE_TOO_FEW,
                           ov.PLACE_TOO_FEW]
    assert texts(rows)[1] == ("\u2068EpiPen 0.3 mg\u2069 is in date until 2026-12-31, before "
                              "\u2068Hip replacement\u2069 on 2027-01-14: replace it first.")


def test_the_evenings_premedication_step_is_listed_with_its_time(window, store):
    """The strip sends the person here "for N more"; no step was listed."""
    from datetime import date, time

    from sm_card.core.models import PremedicationStep, Procedure

    profile = store.load_profile("Alex Example")
    profile.procedures.append(Procedure(
        "Knee arthroscopy", date(2026, 11, 24), planned_at=time(8, 30),
        premedication_steps=[PremedicationStep("cetirizine 10 mg", 720)]))
    store.save_profile(profile)
    window.session.reload()
    page = window.page("overview")
    page.refresh()
    rows = page.rows("Alex Example")
    assert kinds(rows)[0] == ov.PREMEDICATION_STEP
    assert texts(rows)[0] == ("Premedication 12 h before \u2068Knee arthroscopy\u2069 "
                              "(2026-11-23 20:30): \u2068cetirizine 10 mg\u2069")
    assert rows[0].findChild(QPushButton, "overviewGo").text() == "Go to Surgery"
