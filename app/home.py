"""What Главная asks of the database, asked narrowly: the own organisation's profile.

Read through a table clause (``db.lean_tables``) so that Главная paints before the ORM
models are loaded; ``app.profile`` stays the place that edits the profile.
"""

from __future__ import annotations

from sqlalchemy import select

from app import texts
from app.errors import NotFoundError
from app.installation import Installation, MunicipalityInfo, SchoolInfo
from db.lean_tables import organisation


def own_school(installation: Installation) -> SchoolInfo:
    return SchoolInfo(**_profile(installation, SchoolInfo.__slots__))


def own_municipality(installation: Installation) -> MunicipalityInfo:
    fields = [name for name in MunicipalityInfo.__slots__ if name != "name"]
    values = _profile(installation, [*fields, "full_name"])
    values["name"] = values.pop("full_name")  # the model's synonym
    return MunicipalityInfo(**values)


def _profile(installation: Installation, fields) -> dict:
    query = select(*(organisation.c[name] for name in fields)).where(
        organisation.c.id == installation.scope.school_id
    )
    with installation.db.reading() as session:
        row = session.execute(query).one_or_none()
    if row is None:
        raise NotFoundError(texts.OWN_ORGANISATION_MISSING)
    return dict(row._mapping)
