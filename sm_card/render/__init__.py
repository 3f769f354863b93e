"""Outputs made from the record (PDF, QR, iCalendar, FHIR). No Qt here."""
