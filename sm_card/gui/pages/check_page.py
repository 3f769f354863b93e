"""The Check page: the consistency check's findings (core/check), each leading to its field.

core/check returns facts, not sentences; each line is worded here with self.tr() (the CLI's
English wording is render/check_text.py), so the whole line is in the person's language.

The findings are recomputed whenever the record is saved, another profile is chosen or the page
is shown (the date may have moved on). Activating a line (double-click or Enter) asks the main
window, through ``leadTo``, to open the page the finding is about and select the entry.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sm_card.core import check
from sm_card.core.catalog import Catalog
from sm_card.core.check import Finding, check_profile
from sm_card.core.surgery import format_number
from sm_card.gui import carry_two
from sm_card.gui.bidi import isolate
from sm_card.gui.catalog_words import catalog_text
from sm_card.gui.labels import wrapped_label
from sm_card.gui.session import ProfileSession

# The record section a finding points to -> the main window's page key.
_PAGE_FOR = {check.PROCEDURES: "surgery"}


def page_for(finding: Finding) -> str:
    return _PAGE_FOR.get(finding.section, finding.section)


def focus_field(page: QWidget, finding: Finding) -> None:
    """Select, on ``page``, the entry ``finding`` is about, and put the keyboard focus there."""
    procedures = getattr(page, "procedures", None)  # the Surgery page's list
    target = procedures if isinstance(procedures, QWidget) else page
    table = getattr(target, "table", None)
    if finding.item_id is not None and hasattr(page, "select_device"):  # the Injectors page
        page.select_device(finding.item_id)
        if table is not None:
            table.setFocus()
        return
    if table is not None:
        if finding.index is not None and 0 <= finding.index < table.rowCount():
            table.selectRow(finding.index)
            table.setFocus()
            return
        edits = getattr(target, "add_edits", {})
        # Nothing to select (no contact yet, say): the field to add one.
        (next(iter(edits.values())) if edits else table).setFocus()
        return
    field = getattr(page, "subtype", None)  # the Diagnosis page
    if isinstance(field, QWidget):
        field.setFocus()


class CheckPage(QWidget):
    leadTo = Signal(object)  # the Finding whose field the person wants to see

    def __init__(self, session: ProfileSession, catalog: Catalog,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checkPage")
        self.session = session
        self.catalog = catalog
        self.findings: list[Finding] = []

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Check") + "</h2>", self))
        intro = wrapped_label(self, self.tr(
            "What your record says against itself and the catalog. Double-click a line or press "
            "Enter to go to the field. Nothing is changed for you. Finding nothing does not "
            "mean that any drug is safe."), name="checkIntro")
        layout.addWidget(intro)
        self.summary = QLabel(self)
        self.summary.setObjectName("checkSummary")
        layout.addWidget(self.summary)
        self.list = QListWidget(self)
        self.list.setObjectName("findingsList")
        self.list.setAccessibleName(self.tr("Findings"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.list, 1)

        session.recordEdited.connect(self._changed)
        session.profileChanged.connect(self._changed)
        self.refresh()

    def _titles(self) -> dict[str, str]:
        return {
            check.RECALLED_PRODUCT: self.tr("Recalled product"),
            check.FEWER_THAN_TWO: self.tr("Fewer than two in-date devices"),
            check.FEWER_THAN_TWO_AT_PLACE: self.tr("Fewer than two in-date devices at a place"),
            check.DEVICE_EXPIRED: self.tr("Device out of date"),
            check.EXPIRY_FAR_AHEAD: self.tr("Expiry date far ahead"),
            check.EXPIRES_BEFORE_PROCEDURE: self.tr("Device out of date before a procedure"),
            check.DOSE_NOT_MADE: self.tr("Dose the product is not made in"),
            check.UNKNOWN_PRODUCT: self.tr("Product not in the catalog"),
            check.NO_DIAGNOSIS: self.tr("No diagnosis"),
            check.NO_EMERGENCY_CONTACT: self.tr("No emergency contact"),
            check.NO_COUNTRY_CODE: self.tr("Number without country code"),
            check.AVOIDED_AND_TOLERATED: self.tr("Both to avoid and tolerated"),
            check.MEDICATION_AVOIDED: self.tr("Medication matches the avoid list"),
            check.BETA_BLOCKER: self.tr("Beta-blocker"),
            check.ACE_INHIBITOR: self.tr("ACE inhibitor"),
        }

    def sentence(self, f: Finding) -> str:
        """The finding in the person's language, made from core's facts. The person's own
        words (products, places, entries) and the catalog's (a recall note, an example) are
        isolated by direction: an Arabic entry keeps a German sentence left to right."""
        device = isolate(f"{f.product} {format_number(f.dose_mg or 0)} mg")
        day = {"date": f.expiry.isoformat() if f.expiry else "",
               "planned": f.planned_on.isoformat() if f.planned_on else ""}
        entries = {"agent": isolate(f.agent), "avoided": isolate(f.avoided),
                   "member": isolate(f.member),
                   "entry": (f.index or 0) + 1, "avoided_entry": (f.avoided_index or 0) + 1}
        code = f.code
        if code == check.RECALLED_PRODUCT:
            return self.tr("{device} was recalled: {recall}").format(
                device=device, recall=isolate(catalog_text(f.recall or "")))
        if code == check.FEWER_THAN_TWO:
            return carry_two.too_few(f.count or 0)
        if code == check.FEWER_THAN_TWO_AT_PLACE:
            return carry_two.too_few_at(f.place or "", f.count or 0)
        if code == check.DEVICE_EXPIRED:
            return self.tr("{device} is out of date (last day in date: {date}).").format(
                device=device, **day)
        if code == check.EXPIRY_FAR_AHEAD:
            return self.tr("{device} is in date until {date}, more than {years} years away. "
                           "Check the year against the date printed on the device: a slip "
                           "would keep its reminders silent.").format(
                device=device, years=check.FAR_AHEAD_YEARS, **day)
        if code == check.EXPIRES_BEFORE_PROCEDURE:
            return self.tr("{device} is in date only until {date}, before {procedure} on "
                           "{planned}.").format(device=device, procedure=isolate(f.procedure),
                                                **day)
        if code == check.UNKNOWN_PRODUCT:
            return self.tr("{device}: the catalog does not know this product, so its route and "
                           "doses cannot be checked.").format(device=device)
        if code == check.DOSE_NOT_MADE:
            return self.tr("{device}: {product} is made in {doses} mg only. Check the dose on "
                           "the device's label.").format(
                device=device, product=isolate(f.catalog_product),
                doses=" / ".join(format_number(d) for d in f.doses_mg))
        if code == check.NO_DIAGNOSIS:
            return self.tr("No diagnosis (subtype) recorded.")
        if code == check.NO_EMERGENCY_CONTACT:
            return self.tr("No emergency contact recorded.")
        if code == check.NO_COUNTRY_CODE:
            return self.tr("{contact}: {phone} has no country code. Written with + and the "
                           "country code, it connects from abroad and from any phone."
                           ).format(contact=isolate(f.contact), phone=isolate(f.phone))
        if code == check.AVOIDED_AND_TOLERATED:
            if f.member is None:
                return self.tr("{agent} is both tolerated (entry {entry}) and to avoid "
                               "({avoided}, entry {avoided_entry}).").format(**entries)
            return self.tr("{agent} is tolerated (entry {entry}), yet the catalog lists "
                           "{member} among {avoided}, to avoid (entry {avoided_entry})."
                           ).format(**entries)
        if code == check.MEDICATION_AVOIDED:
            if f.looks_like == check.BETA_BLOCKER:
                return self.tr("The medication {agent} looks like a beta-blocker, and "
                               "{avoided} is on the avoid list (entry {avoided_entry})."
                               ).format(**entries)
            if f.looks_like == check.ACE_INHIBITOR:
                return self.tr("The medication {agent} looks like an ACE inhibitor, and "
                               "{avoided} is on the avoid list (entry {avoided_entry})."
                               ).format(**entries)
            if f.member is None:
                return self.tr("The medication {agent} matches {avoided} on the avoid list "
                               "(entry {avoided_entry}).").format(**entries)
            return self.tr("The medication {agent}: the catalog lists {member} among "
                           "{avoided}, on the avoid list (entry {avoided_entry})."
                           ).format(**entries)
        if code == check.BETA_BLOCKER:
            return self.tr("The medication {agent} looks like a beta-blocker: for your "
                           "physician to review.").format(**entries)
        if code == check.ACE_INHIBITOR:
            return self.tr("The medication {agent} looks like an ACE inhibitor: for your "
                           "physician to review.").format(**entries)
        return code  # a code this page does not word yet: shown, never hidden

    def refresh(self) -> None:
        profile = self.session.profile
        self.findings = ([] if profile is None
                         else check_profile(profile, self.catalog, self.session.today()))
        titles = self._titles()
        style = self.style()
        icons = {
            check.WARNING: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            check.REVIEW: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        self.list.clear()
        for number, finding in enumerate(self.findings):
            # Title and sentence are both translated; only the punctuation between is not.
            item = QListWidgetItem(icons[finding.severity],
                                   f"{titles.get(finding.code, finding.code)} — "
                                   f"{self.sentence(finding)}")
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setToolTip(self.tr("Double-click or press Enter to go to the field"))
            self.list.addItem(item)
        if profile is None:
            self.summary.setText(self.tr("No record yet."))
        elif not self.findings:
            self.summary.setText(self.tr("Nothing found."))
        else:
            self.summary.setText(self.tr("%n finding(s):", "", len(self.findings)))

    def _changed(self) -> None:
        # A hidden page waits: showing it checks again anyway (a long record takes a while).
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.refresh()  # the day may have changed since the last look
        super().showEvent(event)

    def _activated(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(number, int) and 0 <= number < len(self.findings):
            self.leadTo.emit(self.findings[number])
