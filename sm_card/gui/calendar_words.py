"""The calendar file's sentences in the person's language (render/calendar_words.py has the
English ones the command line writes): a German or Spanish window exports German or Spanish
events. Names, products, places, dates, doses and the physician's steps stay as recorded."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QObject

from sm_card.core.models import Injector, PremedicationStep, Procedure
from sm_card.core.premedication import Alarm, format_offset, procedure_start, step_time
from sm_card.render.calendar_words import CalendarWords, dose_text


class TranslatedCalendarWords(QObject, CalendarWords):
    """Its words (self.tr: lupdate reads a plural only there)."""

    def calendar_name(self) -> str:
        return self.tr("sm-card: epinephrine and procedures")

    def days(self, n: int) -> str:
        return self.tr("today") if n == 0 else self.tr("in %n day(s)", "", n)

    def device_label(self, injector: Injector) -> str:
        label = f"{injector.product} {dose_text(injector)} mg"
        extras = [x for x in (self.tr("lot {lot}").format(lot=injector.lot)
                              if injector.lot else None, injector.location) if x]
        return f"{label} ({', '.join(extras)})" if extras else label

    def _device(self, injector: Injector) -> str:
        return f"{injector.product} {dose_text(injector)} mg"

    def expires_summary(self, injector: Injector, person: str) -> str:
        return self.tr("Epinephrine expires: {device} ({person})").format(
            device=self._device(injector), person=person)

    def expiry_alarm(self, injector: Injector, person: str, lead: int) -> str:
        return self.tr("{device} of {person}: last day in date is {date} ({when}). Replace "
                       "it.").format(device=self.device_label(injector), person=person,
                                     date=injector.expiry_date.isoformat(),
                                     when=self.days(lead))

    def device_description(self, injector: Injector, person: str) -> list[str]:
        lines = [self.tr("Epinephrine device of {person}: last day in date.").format(
                     person=person),
                 self.tr("Product: {product}").format(product=injector.product),
                 self.tr("Dose: {dose} mg").format(dose=dose_text(injector))]
        if injector.lot:
            lines.append(self.tr("Lot: {lot}").format(lot=injector.lot))
        if injector.location:
            lines.append(self.tr("Kept in: {place}").format(place=injector.location))
        if injector.expires_on.is_month_only:
            lines.append(self.tr("Expiry printed: {printed} (in date through {date})").format(
                printed=str(injector.expires_on), date=injector.expiry_date.isoformat()))
        lines.append(self.tr("Replace it before this date and carry two in-date devices."))
        return lines

    def lead_summary(self, injector: Injector, person: str, lead: int) -> str:
        return self.tr("Replace soon: epinephrine {device} ({person}) expires {when}").format(
            device=self._device(injector), person=person, when=self.days(lead))

    def lead_description(self, injector: Injector, person: str, lead: int) -> str:
        return self.tr("{device} of {person}: last day in date is {date} ({when}). Get a new "
                       "prescription and replace it before then.").format(
            device=self.device_label(injector), person=person,
            date=injector.expiry_date.isoformat(), when=self.days(lead))

    def out_of_date_summary(self, injector: Injector, person: str) -> str:
        return self.tr("OUT OF DATE: epinephrine {device} ({person}): replace it").format(
            device=self._device(injector), person=person)

    def out_of_date_description(self, injector: Injector, person: str) -> str:
        return self.tr("{device} of {person} was in date until {date}. Replace it now, and "
                       "carry two in-date devices.").format(
            device=self.device_label(injector), person=person,
            date=injector.expiry_date.isoformat())

    def out_of_date_alarm(self, injector: Injector, person: str) -> str:
        return self.tr("{device} of {person} is out of date (since {date}). Replace it."
                       ).format(device=self.device_label(injector), person=person,
                                date=injector.expiry_date.isoformat())

    def status(self, status: str) -> str:
        return {"used": self.tr("used"), "disposed": self.tr("disposed"),
                "removed": self.tr("removed")}.get(status, status)

    def cancelled_summary(self, injector: Injector, person: str) -> str:
        return self.tr("Cancelled: epinephrine expiry of {device} ({person}), device "
                       "{status}").format(device=self._device(injector), person=person,
                                          status=self.status(injector.status))

    def cancelled_description(self, injector: Injector) -> str:
        if injector.status == "removed":
            return self.tr("This device was removed from sm-card; its expiry reminder is no "
                           "longer needed.")
        return self.tr("This device was marked {status} in sm-card; its expiry reminder is no "
                       "longer needed.").format(status=self.status(injector.status))

    def cancelled_lead_summary(self, injector: Injector, person: str) -> str:
        return self.tr("Cancelled: replace soon, {product} ({person}), device {status}").format(
            product=injector.product, person=person, status=self.status(injector.status))

    def prepare_summary(self, procedure: Procedure, person: str) -> str:
        return self.tr("Prepare for your procedure: {procedure} ({person})").format(
            procedure=procedure.procedure, person=person)

    def prepare_description(self, procedure: Procedure, person: str, planned_on: date,
                            expiring: list[Injector]) -> list[str]:
        lines = [self.tr("{procedure} for {person} is planned on {date}.").format(
            procedure=procedure.procedure, person=person, date=planned_on.isoformat())]
        if procedure.hospital:
            lines.append(self.tr("Hospital: {hospital}").format(hospital=procedure.hospital))
        lines.append(self.tr("Give the surgical and anaesthesia team your pre-operative letter "
                             "and check that your epinephrine devices are in date."))
        lines += [self.tr("{device} is in date only until {date}, before this procedure: "
                          "replace it first.").format(device=self._device(i),
                                                      date=i.expiry_date.isoformat())
                  for i in expiring]
        return lines

    def prepare_alarm(self, procedure: Procedure, planned_on: date) -> str:
        return self.tr("Prepare for {procedure} on {date}").format(
            procedure=procedure.procedure, date=planned_on.isoformat())

    def procedure_starts(self, procedure: Procedure, person: str, start: datetime) -> str:
        return self.tr("{procedure} for {person} starts {start}.").format(
            procedure=procedure.procedure, person=person, start=f"{start:%Y-%m-%d %H:%M}")

    def steps_heading(self) -> str:
        return self.tr("Premedication, as the physician wrote it:")

    def step_line(self, procedure: Procedure, step: PremedicationStep) -> str:
        if step.minutes_before is None:
            return self.tr("Time not recorded: {what}").format(what=step.what)
        at = step_time(procedure, step)
        clock = f"{at:%Y-%m-%d %H:%M}" if at is not None else ""
        if not step.minutes_before:
            text = (self.tr("At the start ({time}): {what}") if clock
                    else self.tr("At the start: {what}"))
            return text.format(time=clock, what=step.what)
        text = (self.tr("{offset} before the start ({time}): {what}") if clock
                else self.tr("{offset} before the start: {what}"))
        return text.format(offset=format_offset(step.minutes_before), time=clock,
                           what=step.what)

    def premedication_summary(self, alarm: Alarm, person: str) -> str:
        return self.tr("Premedication ({person}): {what}").format(person=person,
                                                                   what=alarm.step.what)

    def premedication_text(self, alarm: Alarm) -> str:
        start = procedure_start(alarm.procedure)
        return self.tr("{offset} before {procedure} ({start}): {what}").format(
            offset=format_offset(alarm.step.minutes_before), procedure=alarm.procedure.procedure,
            start=f"{start:%Y-%m-%d %H:%M}" if start else "", what=alarm.step.what)

    def premedication_alarm(self, alarm: Alarm, person: str) -> str:
        return self.tr("Premedication for {person}: {text}").format(
            person=person, text=self.premedication_text(alarm))
