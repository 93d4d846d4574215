"""The municipality's screens: «Школы» (the register), «Сводные данные» (consolidated views)
and the read-only drill-down into one school's own screens."""
