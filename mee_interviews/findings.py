"""The outcome of one ``doctor`` check."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    """One check's outcome: ``action`` says what to do when it is not ok (or is a warning).

    A warning (``ok=True, warning=True``) is shown with its action but does not fail doctor.
    """

    name: str
    ok: bool
    message: str
    action: str = ""
    warning: bool = False
