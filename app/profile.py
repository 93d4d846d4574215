"""Read and edit this installation's own organisation profile."""

from __future__ import annotations

from sqlalchemy import select

from app.changes import Changes, OpResult
from app.installation import Installation, MunicipalityInfo, SchoolInfo
from app.state import Mode
from db.models import MunicipalityProfile, SchoolProfile


def own_school(installation: Installation) -> SchoolInfo:
    with installation.db.reading() as session:
        row = session.scalars(select(SchoolProfile).where(SchoolProfile.is_own)).one()
        return SchoolInfo(**{f: getattr(row, f) for f in SchoolInfo.__slots__})


def own_municipality(installation: Installation) -> MunicipalityInfo:
    with installation.db.reading() as session:
        row = session.scalars(select(MunicipalityProfile).where(MunicipalityProfile.is_own)).one()
        return MunicipalityInfo(**{f: getattr(row, f) for f in MunicipalityInfo.__slots__})


def update_own_profile(
    installation: Installation, info: SchoolInfo | MunicipalityInfo
) -> OpResult[None]:
    """Save the profile form; the window title follows the short name."""
    info = info.validated()
    model = SchoolProfile if installation.mode is Mode.SCHOOL else MunicipalityProfile
    with installation.db.unit_of_work() as session:
        row = session.scalars(select(model).where(model.is_own)).one()
        for name in info.__slots__:
            setattr(row, name, getattr(info, name))
    installation.state.display_name = info.short_name
    installation.save_state()
    return OpResult(None, Changes(profile=True))
