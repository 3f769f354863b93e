"""Photo on the Person page, the lock-screen image and the action plan in the app."""

from __future__ import annotations

import io

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from sm_card.core.store import Store
from sm_card.gui import dialogs
from sm_card.gui.pages.card_page import CardPage
from sm_card.gui.pages.person_page import PersonPage
from sm_card.gui.pages.phone_plan_page import PhonePlanPage


@pytest.fixture
def photo_file(tmp_path):
    path = tmp_path / "me.png"
    Image.new("RGB", (900, 1200), (20, 40, 220)).save(path)
    return path


@pytest.fixture
def person(qtbot, session):
    widget = PersonPage(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def images_on_first_page(pdf: bytes) -> int:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return len(page.images)


def test_photo_chosen_kept_shown_on_card_when_ticked_and_removed(
        qtbot, person, session, data_dir, photo_file, monkeypatch, tmp_path):
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(photo_file))
    assert person.photo_box.choose()
    with Store.open(data_dir) as other:  # on disk, as another program sees it
        kept = other.load_profile("Alex Example").photo_jpeg
    assert kept is not None and kept.startswith(b"\xff\xd8") and len(kept) <= 200 * 1024
    assert not person.photo_box.preview.pixmap().isNull()
    person.grab().save(str(tmp_path / "person.png"))

    card = CardPage(session)
    qtbot.addWidget(card)
    assert images_on_first_page(card.build("card").pdf) == 0  # not on the card by default
    person.photo_box.on_card.setChecked(True)
    assert session.settings.card_photo_for(session.profile.db_id)
    assert images_on_first_page(card.build("card").pdf) == 1

    assert person.photo_box.remove()
    with Store.open(data_dir) as other:
        assert other.load_profile("Alex Example").photo_jpeg is None
    assert images_on_first_page(card.build("card").pdf) == 0
    assert not person.photo_box.remove_button.isEnabled()


def test_a_file_that_is_not_a_photo_is_refused_with_a_message(person, session, tmp_path,
                                                               monkeypatch):
    bogus = tmp_path / "x.jpg"
    bogus.write_bytes(b"\xff\xd8 not really")
    told = []
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(bogus))
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, message: told.append(message))
    assert not person.photo_box.choose()
    assert told and "x.jpg" in told[0]
    assert session.profile.photo_jpeg is None


@pytest.fixture
def phone_page(qtbot, session):
    widget = PhonePlanPage(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    return widget


def test_lockscreen_preview_save_and_action_plan_export(phone_page, session, tmp_path,
                                                        monkeypatch):
    assert not phone_page.preview.pixmap().isNull()
    assert phone_page.warnings_label.text()
    phone_page.grab().save(str(tmp_path / "phone-page.png"))
    png = tmp_path / "lock.png"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(png))
    phone_page.preset_combo.setCurrentIndex(phone_page.preset_combo.findData("pixel-8"))
    assert phone_page.save_image()
    from sm_card.gui.dialogs import ExportedDialog  # said, with a way to open it

    (told,) = [d for d in phone_page.window().findChildren(ExportedDialog) if d.isVisible()]
    assert told.path_label.text() == str(png) and "lock-screen" in told.message.text()
    assert told.notes.text() == phone_page.warnings_label.text().split("\n", 1)[1]
    image = Image.open(png)
    assert image.size == (1080, 2400)
    assert len(zxingcpp.read_barcodes(image.convert("RGB"))) == 1

    pdf = tmp_path / "plan.pdf"
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(pdf))
    phone_page.paper_combo.setCurrentIndex(phone_page.paper_combo.findData("letter"))
    assert phone_page.export_action_plan()
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    assert float(reader.pages[0].mediabox.height) == pytest.approx(792, abs=0.1)
    assert "Alex Example" in reader.pages[0].extract_text()


def test_lockscreen_preview_follows_an_edit(qtbot, phone_page, session):
    before = phone_page.result.qr_text
    session.profile.name = "Zoë Example"
    session.commit()
    qtbot.waitUntil(lambda: phone_page.result.qr_text != before, timeout=2000)
    assert "Zoë Example" in phone_page.result.qr_text


def test_phone_page_shows_only_translated_text(qtbot, session, pseudo_locale):
    page = PhonePlanPage(session)
    qtbot.addWidget(page)
    # the preview is an image; the warnings quote the record
    texts = pseudo_locale(page, ("lockscreenPreview", "lockscreenWarnings"))
    assert texts
    for name, text in texts:
        assert "[" in text, f"{name!r} shows {text!r}"


def test_photo_change_is_undone_and_snapshots_share_the_photo(window, data_dir, tmp_path,
                                                              monkeypatch):
    import random

    from sm_card.gui.undo import _Snapshot

    # noise: a photo near the size limit, which no compression shrinks
    photo_file = tmp_path / "noisy.png"
    Image.frombytes("RGB", (600, 800), random.Random(3).randbytes(600 * 800 * 3)).save(
        photo_file)

    page = window.show_page("person")
    monkeypatch.setattr(dialogs, "open_file", lambda *a, **k: str(photo_file))
    assert page.photo_box.choose()
    with Store.open(data_dir) as other:
        assert other.load_profile("Alex Example").photo_jpeg is not None
    window.menu_actions.undo.trigger()
    with Store.open(data_dir) as other:
        assert other.load_profile("Alex Example").photo_jpeg is None
    assert page.photo_box.preview.pixmap().isNull()  # the page shows the restored record
    window.menu_actions.redo.trigger()
    with Store.open(data_dir) as other:
        photo = other.load_profile("Alex Example").photo_jpeg
    assert photo is not None
    # a snapshot keeps the photo by reference, not as a pickled copy of its bytes
    profile = window.session.profile
    snap = _Snapshot(profile)
    assert snap.profile().photo_jpeg is profile.photo_jpeg
    assert snap.profile() == profile
    assert len(profile.photo_jpeg) > 100_000
    assert len(snap._data) < 20_000


def test_page_says_when_the_saved_image_and_plan_are_out_of_date(qtbot, phone_page, session,
                                                                  tmp_path, monkeypatch):
    from sm_card.core.models import AvoidEntry

    assert phone_page.stale_label.isHidden()
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(tmp_path / "out.png"))
    assert phone_page.save_image()
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(tmp_path / "out.pdf"))
    assert phone_page.export_action_plan()
    assert phone_page.stale_label.isHidden()
    session.profile.avoid.append(AvoidEntry("vancomycin"))
    session.commit()
    qtbot.waitUntil(lambda: not phone_page.stale_label.isHidden(), timeout=2000)
    text = phone_page.stale_label.text()
    assert "lock-screen image" in text and "action plan" in text and "vancomycin" in text
    monkeypatch.setattr(dialogs, "save_file", lambda *a, **k: str(tmp_path / "out.png"))
    assert phone_page.save_image()
    assert "lock-screen image" not in phone_page.stale_label.text()
    assert "action plan" in phone_page.stale_label.text()
