"""The demo municipality: the district's education office and N schools that differ.

Each school is a real school installation in a temporary folder, filled by the school demo
(app/demo) with its own seed and then given its :class:`~app.demo.municipality_variation.
Variant` (people, partners, results). It loads the office's key file as a real school
does, writes its package with the school's own code (encrypted to the office), and the
office imports every package through its own import — the path a methodologist's USB
sticks take. The office then writes recommendations, assignments and monitoring figures
(app/demo/municipality_returns.py) and its own project and resources
(app/demo/municipal_project.py), and a few schools answer them through return packages
and their next package. Only the office's data folder stays.
"""

from __future__ import annotations

import tempfile
import uuid
from datetime import date
from pathlib import Path

from app.data_folder import DataFolder
from app.demo.municipality_variation import Variant, district
from app.errors import InstallationError
from app.installation import Installation, MunicipalityInfo, create_municipality, create_school
from app.progress import Progress, silent

DEFAULT_SCHOOLS = 12
DISTRICT_SEED = 2026
OFFICE = MunicipalityInfo(
    name="Отдел образования администрации Заречного муниципального района",
    short_name="Отдел образования Заречного района",
    methodologist="Гордеева Людмила Васильевна",
    phone="+7 (48533) 2-10-45",
    email="zarechny-edu@example.ru",
)


def create_demo_municipality(
    folder: DataFolder,
    schools: int = DEFAULT_SCHOOLS,
    today: date | None = None,
    progress: Progress | None = None,
    seed: int = DISTRICT_SEED,
) -> Installation:
    """The office in ``folder`` holding ``schools`` demo schools imported from packages."""
    from app.demo.municipal_project import fill_municipal_project
    from app.demo.municipality_returns import answer_through_packages, fill_returns
    from app.sync.keyfile import write_key_file
    from app.sync.receive import Outcome, receive

    progress = progress or silent()
    today = today or date.today()
    office = create_municipality(folder, OFFICE)
    try:
        with tempfile.TemporaryDirectory(prefix="perekhod-demo-") as temporary:
            workshop = Path(temporary)
            key_file = write_key_file(office, workshop)
            packages, ids = [], {}
            variants = district(schools, seed)
            for variant in variants:
                progress.report(variant.index, schools + 1, variant.info.short_name)
                package, ids[variant.index] = _school_package(workshop, variant, key_file, today)
                packages.append(package)
            progress.report(schools, schools + 1, "")
            refused = [v for v in receive(office, packages) if v.outcome is not Outcome.ACCEPTED]
            if refused:
                raise InstallationError(f"{refused[0].file.name}: {refused[0].reason}")
            sent = fill_returns(office, variants, ids, today)
            fill_municipal_project(office, today, seed)
            answer_through_packages(office, workshop, sent, today)
    except BaseException:
        office.close()
        raise
    progress.report(schools + 1, schools + 1, "")
    return office


def _school_package(
    workshop: Path, variant: Variant, key_file: Path, today: date
) -> tuple[Path, uuid.UUID]:
    """Build one school in its own folder (``school-<index>``, kept until the office is
    built) and write its package; the school is closed. Returns the package and its id."""
    from app.demo import fill_demo_school
    from app.demo.municipality_school import vary_school
    from app.sync.keyfile import load_municipality_key
    from app.sync.outgoing import write_school_package

    school = create_school(DataFolder(workshop / f"school-{variant.index}"), variant.info)
    try:
        fill_demo_school(school.scope, today, variant.seed)
        vary_school(school.scope, variant)
        load_municipality_key(school, key_file)
        return write_school_package(school, workshop, today).path, school.scope.school_id
    finally:
        school.close()
