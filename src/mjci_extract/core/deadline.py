"""A per-document time limit the pipeline checks between components and model batches."""

from __future__ import annotations

import contextvars
import time


class DeadlineExceeded(Exception):
    """The document's time limit (see `DEADLINE`) passed before its record was done."""


# A time.monotonic() value after which the pipeline gives up on the document it is working on;
# None (the default) means no limit. The service sets it per request; the pipeline checks it
# between components and between batches of model windows, so it stops within about a second.
DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "mjci_extract_deadline", default=None
)


def check_deadline() -> None:
    """Raise DeadlineExceeded if the current deadline (DEADLINE) has passed."""
    deadline = DEADLINE.get()
    if deadline is not None and time.monotonic() > deadline:
        raise DeadlineExceeded("the time limit was exceeded")
