"""Excel workbooks for table views: safe writing (no formulas) and safe reading (defusedxml).

Every table view exports through :func:`write_table`; importers read through
:func:`read_table`, which reports problems as :class:`CellError` with the sheet and cell.
"""

from app.excel.reader import CellError, ExcelImportError, SheetRows, read_table
from app.excel.writer import Column, write_table

__all__ = ["CellError", "Column", "ExcelImportError", "SheetRows", "read_table", "write_table"]
