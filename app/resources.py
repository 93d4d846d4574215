"""Files shipped with the program, found from source and in the frozen bundle alike.

The helper lives in :mod:`db.resources` (db/ never imports app/, and Alembic's scripts are
found the same way); app/ and ui/ import it from here.
"""

from db.resources import bundle_root, is_frozen, resource_path

__all__ = ["bundle_root", "is_frozen", "resource_path"]
