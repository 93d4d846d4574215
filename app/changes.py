"""What a use case changed, so every open view refreshes only what it shows (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Changes:
    profile: bool = False
    programme: bool = False
    roadmap: bool = False
    indicators: bool = False
    partnership: bool = False
    self_assessment: bool = False
    reports: bool = False
    exchange: bool = False
    backups: bool = False

    @classmethod
    def everything(cls) -> Changes:
        return cls(**{f.name: True for f in fields(cls)})

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True, slots=True)
class OpResult(Generic[T]):
    """A mutating use case's answer: its value and what it changed."""

    value: T
    changes: Changes
