"""A planned procedure and its premedication steps, worded for the team (the pre-operative
letter and the FHIR summary say them alike)."""

from __future__ import annotations

from sm_card.core.models import PremedicationStep, Procedure
from sm_card.core.premedication import format_offset, step_time, steps_in_time_order

# Whose words the steps are: the patient typed them in the app, from the physician's.
STEPS_HEADING = "Steps before {procedure} (recorded by the patient, as the physician wrote them):"


# A step recorded without a time: said so, or its line read as the rest of the step above.
NO_TIME = "Time not recorded"


def step_line(procedure: Procedure, step: PremedicationStep) -> str:
    """"12 h before the start (2026-12-27 20:30): cetirizine 10 mg"; the clock time when the
    procedure has a start time (the team had to count back from it)."""
    if step.minutes_before is None:
        return f"{NO_TIME}: {step.what}"
    when = (format_offset(step.minutes_before) + " before the start" if step.minutes_before
            else "At the start")
    at = step_time(procedure, step)
    when += f" ({at:%Y-%m-%d %H:%M})" if at is not None else ""
    return f"{when}: {step.what}"


def step_lines(procedure: Procedure) -> list[str]:
    """Every step of ``procedure``, earliest first, steps without a time last."""
    return [step_line(procedure, step) for step in steps_in_time_order(procedure)]


def procedure_line(procedure: Procedure) -> str:
    """"Knee arthroscopy, 2026-12-28 08:30, City Hospital" (what is recorded of it)."""
    when = procedure.planned_on.isoformat() if procedure.planned_on is not None else ""
    if when and procedure.planned_at is not None:
        when += f" {procedure.planned_at:%H:%M}"
    return ", ".join(part for part in (procedure.procedure, when, procedure.hospital) if part)
