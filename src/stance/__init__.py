"""stance: who said what, and in which stance, in diplomatic news."""

from __future__ import annotations

__version__ = "0.1.0"
