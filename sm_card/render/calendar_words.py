"""The calendar file's sentences, in English (the command line's language).

render/ics.py builds the events and asks these methods for every word a phone shows: the
window passes its translated subclass (gui/calendar_words.py), so that a person using the app
in German or Spanish gets the events in that language too. Names, products, places, dates,
doses and the physician's steps are the record's own and are never translated.
"""

from __future__ import annotations

from datetime import date, datetime

from sm_card.core.models import Injector, PremedicationStep, Procedure
from sm_card.core.premedication import Alarm, steps_in_time_order
from sm_card.render import procedure_text
from sm_card.render.reminder_text import device_label


def dose_text(injector: Injector) -> str:
    """"0.3", "2": the dose as the record has it, with no invented decimals."""
    return f"{injector.dose_mg:g}"


class CalendarWords:
    """Every sentence of the calendar file; override to translate (keep the arguments)."""

    # --- devices ---------------------------------------------------------------------------
    def calendar_name(self) -> str:
        return "sm-card: epinephrine and procedures"

    def days(self, n: int) -> str:
        """"today", "in 1 day", "in 30 days"."""
        return "today" if n == 0 else f"in {n} day{'s' if n != 1 else ''}"

    def device_label(self, injector: Injector) -> str:
        """"EpiPen 0.3 mg (lot LX2491, handbag)"."""
        return device_label(injector)

    def expires_summary(self, injector: Injector, person: str) -> str:
        return f"Epinephrine expires: {injector.product} {dose_text(injector)} mg ({person})"

    def expiry_alarm(self, injector: Injector, person: str, lead: int) -> str:
        return (f"{self.device_label(injector)} of {person}: last day in date is "
                f"{injector.expiry_date.isoformat()} ({self.days(lead)}). Replace it.")

    def device_description(self, injector: Injector, person: str) -> list[str]:
        lines = [f"Epinephrine device of {person}: last day in date.",
                 f"Product: {injector.product}",
                 f"Dose: {dose_text(injector)} mg"]
        if injector.lot:
            lines.append(f"Lot: {injector.lot}")
        if injector.location:
            lines.append(f"Kept in: {injector.location}")
        if injector.expires_on.is_month_only:
            lines.append(f"Expiry printed: {injector.expires_on} (in date through "
                         f"{injector.expiry_date.isoformat()})")
        lines.append("Replace it before this date and carry two in-date devices.")
        return lines

    def lead_summary(self, injector: Injector, person: str, lead: int) -> str:
        return (f"Replace soon: epinephrine {injector.product} {dose_text(injector)} mg "
                f"({person}) expires {self.days(lead)}")

    def lead_description(self, injector: Injector, person: str, lead: int) -> str:
        return (f"{self.device_label(injector)} of {person}: last day in date is "
                f"{injector.expiry_date.isoformat()} ({self.days(lead)}). Get a new "
                "prescription and replace it before then.")

    def out_of_date_summary(self, injector: Injector, person: str) -> str:
        return (f"OUT OF DATE: epinephrine {injector.product} {dose_text(injector)} mg "
                f"({person}): replace it")

    def out_of_date_description(self, injector: Injector, person: str) -> str:
        return (f"{self.device_label(injector)} of {person} was in date until "
                f"{injector.expiry_date.isoformat()}. Replace it now, and carry two in-date "
                "devices.")

    def out_of_date_alarm(self, injector: Injector, person: str) -> str:
        return (f"{self.device_label(injector)} of {person} is out of date (since "
                f"{injector.expiry_date.isoformat()}). Replace it.")

    def status(self, status: str) -> str:
        """A retired device's status: "used", "disposed", "removed"."""
        return status

    def cancelled_summary(self, injector: Injector, person: str) -> str:
        return (f"Cancelled: epinephrine expiry of {injector.product} {dose_text(injector)} "
                f"mg ({person}), device {self.status(injector.status)}")

    def cancelled_description(self, injector: Injector) -> str:
        what = ("removed from sm-card" if injector.status == "removed"
                else f"marked {self.status(injector.status)} in sm-card")
        return f"This device was {what}; its expiry reminder is no longer needed."

    def cancelled_lead_summary(self, injector: Injector, person: str) -> str:
        return (f"Cancelled: replace soon, {injector.product} ({person}), device "
                f"{self.status(injector.status)}")

    # --- procedures ------------------------------------------------------------------------
    def prepare_summary(self, procedure: Procedure, person: str) -> str:
        return f"Prepare for your procedure: {procedure.procedure} ({person})"

    def prepare_description(self, procedure: Procedure, person: str, planned_on: date,
                            expiring: list[Injector]) -> list[str]:
        lines = [f"{procedure.procedure} for {person} is planned on {planned_on.isoformat()}."]
        if procedure.hospital:
            lines.append(f"Hospital: {procedure.hospital}")
        lines.append("Give the surgical and anaesthesia team your pre-operative letter "
                     "(sm-card letter) and check that your epinephrine devices are in date.")
        lines += [f"{i.product} {dose_text(i)} mg is in date only until "
                  f"{i.expiry_date.isoformat()}, before this procedure: replace it first."
                  for i in expiring]
        return lines

    def prepare_alarm(self, procedure: Procedure, planned_on: date) -> str:
        return f"Prepare for {procedure.procedure} on {planned_on.isoformat()}"

    def procedure_description(self, procedure: Procedure, person: str,
                              start: datetime) -> list[str]:
        """The start, then each step, earliest first (the sentences are the methods below)."""
        lines = [self.procedure_starts(procedure, person, start)]
        if procedure.premedication_steps:
            lines.append(self.steps_heading())
            lines += [f"- {self.step_line(procedure, step)}"
                      for step in steps_in_time_order(procedure)]
        return lines

    def procedure_starts(self, procedure: Procedure, person: str, start: datetime) -> str:
        return f"{procedure.procedure} for {person} starts {start:%Y-%m-%d %H:%M}."

    def steps_heading(self) -> str:
        return "Premedication, as the physician wrote it:"

    def step_line(self, procedure: Procedure, step: PremedicationStep) -> str:
        """"12 h before the start (2026-12-27 20:30): cetirizine 10 mg"."""
        return procedure_text.step_line(procedure, step)

    def premedication_summary(self, alarm: Alarm, person: str) -> str:
        return f"Premedication ({person}): {alarm.step.what}"

    def premedication_text(self, alarm: Alarm) -> str:
        """"24 h before Knee arthroscopy (2027-01-14 08:30): prednisone 50 mg"."""
        return alarm.text

    def premedication_alarm(self, alarm: Alarm, person: str) -> str:
        return f"Premedication for {person}: {self.premedication_text(alarm)}"


ENGLISH = CalendarWords()

