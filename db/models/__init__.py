"""All ORM models. Importing this package registers every table on ``Base.metadata``.

Each area owns one module here; add the import below when an area adds a module.
"""

from db.base import Base
from db.models.exchange import ReceivedPackage  # noqa: F401  (packages received)
from db.models.hub import PinnedKey  # noqa: F401  (a hub's shared keys and sequence)
from db.models.indicators import Indicator  # noqa: F401  (indicator tables)
from db.models.municipal import MunicipalResource  # noqa: F401  (resources, report texts)
from db.models.municipality import ExpectedSchool  # noqa: F401  (register of schools)
from db.models.organisation import MunicipalityProfile, Organisation, SchoolProfile
from db.models.partnership import PartnerSchool  # noqa: F401  (partnership tables)
from db.models.programme import Programme  # noqa: F401  (programme and roadmap tables)
from db.models.programme_links import DeficitTask  # noqa: F401  (deficit ↔ task/activity)
from db.models.reports import ReportConclusion  # noqa: F401  (report conclusions)
from db.models.returns import Recommendation  # noqa: F401  (return packages, answers)
from db.models.self_assessment import Run  # noqa: F401  (self-assessment tables)

__all__ = ["Base", "MunicipalityProfile", "Organisation", "SchoolProfile"]
