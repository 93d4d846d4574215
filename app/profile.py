"""Read and edit this installation's own organisation profile."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app import texts
from app.changes import Changes, OpResult
from app.errors import NotFoundError
from app.installation import Installation, MunicipalityInfo, SchoolInfo
from app.scope import SchoolScope
from app.state import Mode
from db.models import MunicipalityProfile, Organisation, SchoolProfile


def school_info(scope: SchoolScope) -> SchoolInfo:
    """The profile of the school ``scope`` works on (own or imported)."""
    with scope.db.reading() as session:
        row = _profile(session, SchoolProfile, scope.school_id)
        return SchoolInfo(**{f: getattr(row, f) for f in SchoolInfo.__slots__})


def own_school(installation: Installation) -> SchoolInfo:
    return school_info(installation.scope)


def own_municipality(installation: Installation) -> MunicipalityInfo:
    with installation.db.reading() as session:
        row = _profile(session, MunicipalityProfile, installation.scope.school_id)
        return MunicipalityInfo(**{f: getattr(row, f) for f in MunicipalityInfo.__slots__})


def _profile(session: Session, model: type[Organisation], organisation_id) -> Organisation:
    row = session.get(model, organisation_id)
    if row is None:
        raise NotFoundError(texts.OWN_ORGANISATION_MISSING)
    return row


def update_own_profile(
    installation: Installation, info: SchoolInfo | MunicipalityInfo
) -> OpResult[None]:
    """Save the profile form; the window title follows the short name."""
    info = info.validated()
    model = SchoolProfile if installation.mode is Mode.SCHOOL else MunicipalityProfile
    with installation.db.unit_of_work() as session:
        row = _profile(session, model, installation.scope.school_id)
        for name in info.__slots__:
            setattr(row, name, getattr(info, name))
    installation.state.display_name = info.short_name
    installation.save_state()
    return OpResult(None, Changes(profile=True))
