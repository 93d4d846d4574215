"""The municipality's Excel exports opened by a second reader (LibreOffice Calc): every
cell shows what openpyxl reads. Exported from the hand-built district."""

from __future__ import annotations

import pytest

from app.academic_year import AcademicYear
from tests.reports.office import soffice_with
from tests.reports.test_excel_safety import assert_second_reader_agrees, table_names

EMPTY = {"municipal-plan", "municipal-results", "resources"}


@pytest.mark.skipif(soffice_with("calc") is None, reason="LibreOffice Calc is not installed")
@pytest.mark.parametrize("table", table_names(municipality=True))
def test_libreoffice_opens_every_municipality_export_with_the_same_values(
    municipality, tmp_path, table
):
    from app.tables import table_io

    path = table_io(table).export(
        municipality.scope, tmp_path / f"{table}.xlsx", AcademicYear(2024)
    )
    # the district has no municipal plan, resources or stated results: their header only
    assert_second_reader_agrees(path, tmp_path, rows=1 if table in EMPTY else 2)
