"""school scope: one database for one school or many

Revision ID: 0008_school_scope
Revises: 0007_programme_links
Create Date: 2026-11-30

- ``school`` and ``municipality`` become one ``organisation`` table with a ``kind``.
- Every table of an organisation's data gets ``school_id`` (NOT NULL, FK, indexed); the
  rows already there belong to the installation's own organisation.
- Shipped catalogue entries (reasons, directions, built-in indicators, instruments) get
  the deterministic id uuid5(namespace, "<kind>:<code>"); every reference is rewritten.
  A school's own entries keep their ids and get the school as owner.
- An indicator's baseline moves to ``indicator_baseline`` (per school).
- Enumerated columns get CHECK constraints; uniqueness becomes per school.

The upgrade runs with foreign keys off (db.migrate) and is checked with
``PRAGMA foreign_key_check`` before it commits.
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0008_school_scope"
down_revision: str | None = "0007_programme_links"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of db.base.CATALOGUE_NAMESPACE (a migration never imports the models).
NAMESPACE = uuid.UUID("6f1c8a52-3d0e-5b7a-9c41-2e8d5f0a7b63")

# Shipped entries by their stable code (titles as seeded by 0002 and 0004).
REASONS = (
    ("staff", "Кадровый дефицит"),
    ("funding", "Финансирование"),
    ("restrictions", "Ограничительные меры"),
    ("postponed", "Перенос сроков"),
    ("priorities", "Изменение приоритетов"),
    ("other", "Иное"),
)
DIRECTIONS = (
    (
        "director_consulting",
        "Консультационная помощь директору в разработке и принятии управленческих решений",
    ),
    (
        "psychological_support",
        "Психолого-педагогическое сопровождение разномотивированных "
        "учащихся, взаимодействие семьи и школы",
    ),
    ("practice_exchange", "Обмен успешными педагогическими практиками"),
    (
        "methodical_events",
        "Совместные методические мероприятия (семинары, вебинары, "
        "мастер-классы, взаимопосещение уроков)",
    ),
    ("teacher_councils", "Совместные педагогические советы"),
    ("pupil_events", "Совместные мероприятия с детьми (конкурсы, соревнования, проекты)"),
    ("materials_bank", "Совместный банк методических разработок"),
)

# Tables of an organisation's data, with the CHECKs of their enumerated columns.
ENUMS = {
    "status_activity": ("planned", "in_progress", "done", "partial", "not_done", "cancelled"),
    "resource": ("internal", "municipal", "partner", "external"),
    "level": ("achieved", "partial", "not_achieved"),
    "role": ("leader", "peer", "mentee"),
    "kind": (
        "seminar",
        "webinar",
        "master_class",
        "open_lesson",
        "teacher_council",
        "consultation",
        "internship",
        "conference",
        "competition",
        "sport_culture",
        "partner_lesson",
        "focus_group",
        "other",
    ),
    "form": ("in_person", "remote", "visiting"),
    "stage": ("acquaintance", "joint_work", "reflective"),
    "organiser": ("we", "partner", "joint"),
    "status_measure": (
        "planned",
        "in_progress",
        "done",
        "partially_done",
        "not_done",
        "cancelled",
    ),
    "status_run": ("in_progress", "finished"),
    "risk": ("", "high", "medium", "low"),
    "source_entry": ("run", "manual"),
}
OWNED = {
    "programme": (),
    "programme_task": (),
    "planned_result": (),
    "result_achievement": (("level", "level", False),),
    "roadmap_activity": (
        ("status", "status_activity", False),
        ("resource_kind", "resource", True),
    ),
    "activity_evidence": (),
    "partner_school": (),
    "partner_role": (("role", "role", False),),
    "partnership_agreement": (),
    "agreement_direction": (),
    "support_measure": (("status", "status_measure", False),),
    "joint_event": (
        ("kind", "kind", False),
        ("form", "form", False),
        ("stage", "stage", False),
        ("organiser", "organiser", False),
    ),
    "event_direction": (),
    "sa_run": (("status", "status_run", False),),
    "sa_team_member": (),
    "sa_reopening": (),
    "sa_answer": (),
    "sa_deficit": (("risk", "risk", False), ("source", "source_entry", False)),
    "sa_strength": (("source", "source_entry", False),),
    "sa_deficit_measure": (),
    "sa_deficit_event": (),
    "sa_deficit_indicator": (),
    "deficit_task": (),
    "deficit_activity": (),
    "indicator_value": (),
}
CATALOGUES = ("non_execution_reason", "cooperation_direction", "indicator")


def catalogue_id(kind: str, code: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}:{code}")


def check(column: str, values: tuple[str, ...], nullable: bool) -> str:
    condition = f"{column} IN ({', '.join(repr(v) for v in values)})"
    return f"{column} IS NULL OR {condition}" if nullable else condition


def _table(name: str, *columns: str) -> sa.TableClause:
    typed = {"id": sa.Uuid, "school_id": sa.Uuid}
    return sa.table(
        name, *(sa.column(c, typed.get(c, sa.Uuid if c.endswith("_id") else None)) for c in columns)
    )


def upgrade() -> None:
    owner = _create_organisations()
    for table in (*OWNED, *CATALOGUES):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("school_id", sa.Uuid(), nullable=True))
    _own_everything(owner)
    _shared_catalogue(
        "non_execution_reason", REASONS, (("roadmap_activity", "reason_id"),), first=0
    )
    _shared_catalogue(
        "cooperation_direction",
        DIRECTIONS,
        (("agreement_direction", "direction_id"), ("event_direction", "direction_id")),
        first=1,
    )
    _builtin_indicators(owner)
    _instruments()
    for table, checks in OWNED.items():
        _finish_owned(table, checks)
    _finish_catalogues()
    _finish_report_conclusion()
    op.drop_table("school")
    op.drop_table("municipality")


def _create_organisations() -> uuid.UUID | None:
    op.create_table(
        "organisation",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("full_name", sa.String(length=500), nullable=False),
        sa.Column("short_name", sa.String(length=200), nullable=False),
        sa.Column("municipality", sa.String(length=300), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("director", sa.String(length=200), nullable=False),
        sa.Column("methodologist", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("is_rural", sa.Boolean(), nullable=False),
        sa.Column("is_small", sa.Boolean(), nullable=False),
        sa.Column("low_results", sa.Boolean(), nullable=False),
        sa.Column("hard_social_conditions", sa.Boolean(), nullable=False),
        sa.Column("pupils", sa.Integer(), nullable=False),
        sa.Column("teachers", sa.Integer(), nullable=False),
        sa.Column("classes", sa.Integer(), nullable=False),
        sa.Column("is_own", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("kind IN ('school', 'municipality')", name=op.f("ck_organisation_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_index(
        "uq_organisation_own",
        "organisation",
        ["is_own"],
        unique=True,
        sqlite_where=sa.text("is_own"),
        postgresql_where=sa.text("is_own"),
    )
    op.execute(
        "INSERT INTO organisation (kind, full_name, short_name, municipality, address, "
        "director, methodologist, phone, email, is_rural, is_small, low_results, "
        "hard_social_conditions, pupils, teachers, classes, is_own, id, created_at, "
        "updated_at) SELECT 'school', full_name, short_name, municipality, address, "
        "director, '', phone, email, is_rural, is_small, low_results, "
        "hard_social_conditions, pupils, teachers, classes, is_own, id, created_at, "
        "updated_at FROM school"
    )
    op.execute(
        "INSERT INTO organisation (kind, full_name, short_name, municipality, address, "
        "director, methodologist, phone, email, is_rural, is_small, low_results, "
        "hard_social_conditions, pupils, teachers, classes, is_own, id, created_at, "
        "updated_at) SELECT 'municipality', name, short_name, '', '', '', methodologist, "
        "phone, email, false, false, false, false, 0, 0, 0, is_own, id, created_at, "
        "updated_at FROM municipality"
    )
    organisations = _table("organisation", "id", "is_own")
    bind = op.get_bind()
    owners = bind.execute(sa.select(organisations.c.id).where(organisations.c.is_own)).all()
    if len(owners) > 1:
        raise RuntimeError("more than one own organisation")
    return owners[0][0] if owners else None


def _own_everything(owner: uuid.UUID | None) -> None:
    """Every existing row belongs to the installation's own organisation."""
    bind = op.get_bind()
    for table in (*OWNED, *CATALOGUES):
        rows = bind.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
        if rows and owner is None and table not in CATALOGUES:
            raise RuntimeError(f"{table} has rows but the installation has no organisation")
        if rows and owner is not None:
            t = _table(table, "school_id")
            bind.execute(t.update().values(school_id=owner))


def _rewrite_id(table: str, old: uuid.UUID, new: uuid.UUID, refs) -> None:
    bind = op.get_bind()
    t = _table(table, "id")
    bind.execute(t.update().where(t.c.id == old).values(id=new))
    for ref_table, column in refs:
        r = _table(ref_table, column)
        bind.execute(r.update().where(r.c[column] == old).values({column: new}))


def _shared_catalogue(table: str, entries, refs, first: int) -> None:
    """Shipped titles become shared entries with deterministic ids; others stay the school's."""
    with op.batch_alter_table(table) as batch:
        batch.add_column(sa.Column("code", sa.String(length=50), nullable=True))
    bind = op.get_bind()
    t = _table(table, "id", "title", "code", "school_id", "position", "active")
    t.append_column(sa.column("created_at", sa.DateTime(timezone=True)))
    t.append_column(sa.column("updated_at", sa.DateTime(timezone=True)))
    rows = bind.execute(sa.select(t.c.id, t.c.title)).all()
    by_title = {}
    for row_id, title in rows:
        by_title.setdefault(title, row_id)
    now = datetime.now(UTC)
    for position, (code, title) in enumerate(entries, start=first):
        new_id = catalogue_id(table, code)
        old_id = by_title.get(title)
        if old_id is None:
            bind.execute(
                t.insert().values(
                    id=new_id,
                    title=title,
                    code=code,
                    school_id=None,
                    position=position,
                    active=True,
                    created_at=now,
                    updated_at=now,
                )
            )
            continue
        _rewrite_id(table, old_id, new_id, refs)
        bind.execute(t.update().where(t.c.id == new_id).values(code=code, school_id=None))


def _builtin_indicators(owner: uuid.UUID | None) -> None:
    op.create_table(
        "indicator_baseline",
        sa.Column("school_id", sa.Uuid(), nullable=False),
        sa.Column("indicator_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.String(length=9), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_indicator_baseline_indicator_id_indicator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["school_id"],
            ["organisation.id"],
            name=op.f("fk_indicator_baseline_school_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("school_id", "indicator_id", name=op.f("pk_indicator_baseline")),
    )
    with op.batch_alter_table("indicator_baseline") as batch:
        batch.create_index(
            batch.f("ix_indicator_baseline_indicator_id"), ["indicator_id"], unique=False
        )
    bind = op.get_bind()
    t = _table("indicator", "id", "code", "is_builtin", "school_id")
    t.append_column(sa.column("baseline_year", sa.String))
    t.append_column(sa.column("baseline_value", sa.Float))
    now = datetime.now(UTC)
    baselines = _table("indicator_baseline", "school_id", "indicator_id")
    for c in ("year", "value", "created_at", "updated_at"):
        baselines.append_column(sa.column(c))
    refs = (("indicator_value", "indicator_id"), ("sa_deficit_indicator", "indicator_id"))
    rows = bind.execute(
        sa.select(t.c.id, t.c.code, t.c.is_builtin, t.c.baseline_year, t.c.baseline_value)
    ).all()
    for row_id, code, builtin, base_year, base_value in rows:
        new_id = catalogue_id("indicator", code) if builtin else row_id
        if builtin:
            _rewrite_id("indicator", row_id, new_id, refs)
            bind.execute(t.update().where(t.c.id == new_id).values(school_id=None))
        if base_year is not None and base_value is not None and owner is not None:
            bind.execute(
                baselines.insert().values(
                    school_id=owner,
                    indicator_id=new_id,
                    year=base_year,
                    value=base_value,
                    created_at=now,
                    updated_at=now,
                )
            )


def _instruments() -> None:
    bind = op.get_bind()
    t = _table("sa_instrument", "id", "key", "version")
    for row_id, key, version in bind.execute(sa.select(t.c.id, t.c.key, t.c.version)).all():
        _rewrite_id(
            "sa_instrument",
            row_id,
            catalogue_id("instrument", f"{key}:{version}"),
            (("sa_run", "instrument_id"),),
        )
    with op.batch_alter_table("sa_instrument") as batch:
        batch.create_check_constraint(
            op.f("ck_sa_instrument_source"), "source IN ('builtin', 'file')"
        )


def _owner_key(batch, table: str) -> None:
    batch.create_index(op.f(f"ix_{table}_school_id"), ["school_id"], unique=False)
    batch.create_foreign_key(
        op.f(f"fk_{table}_school_id_organisation"),
        "organisation",
        ["school_id"],
        ["id"],
        ondelete="CASCADE",
    )


def _finish_owned(table: str, checks) -> None:
    with op.batch_alter_table(table) as batch:
        batch.alter_column("school_id", existing_type=sa.Uuid(), nullable=False)
        _owner_key(batch, table)
        for column, enum, nullable in checks:
            batch.create_check_constraint(
                op.f(f"ck_{table}_{column}"), check(column, ENUMS[enum], nullable)
            )
        if table == "programme":
            batch.create_index(
                "uq_programme_current",
                ["school_id"],
                unique=True,
                sqlite_where=sa.text("is_current"),
                postgresql_where=sa.text("is_current"),
            )
        if table == "programme_task":
            batch.create_unique_constraint(
                op.f("uq_programme_task_programme_id"), ["programme_id", "number"]
            )
        if table == "indicator_value":
            batch.drop_constraint(op.f("uq_indicator_value_indicator_id"), type_="unique")
            batch.create_unique_constraint(
                op.f("uq_indicator_value_school_id"), ["school_id", "indicator_id", "year"]
            )


def _finish_catalogues() -> None:
    for table in ("non_execution_reason", "cooperation_direction"):
        with op.batch_alter_table(table) as batch:
            _owner_key(batch, table)
            batch.create_index(
                f"uq_{table}_code",
                ["code"],
                unique=True,
                sqlite_where=sa.text("code IS NOT NULL"),
                postgresql_where=sa.text("code IS NOT NULL"),
            )
    with op.batch_alter_table("indicator") as batch:
        _owner_key(batch, "indicator")
        batch.drop_constraint(op.f("uq_indicator_code"), type_="unique")
        batch.drop_column("baseline_year")
        batch.drop_column("baseline_value")
        batch.create_check_constraint(
            op.f("ck_indicator_direction"), "direction IN ('higher', 'lower')"
        )
        batch.create_check_constraint(
            op.f("ck_indicator_source"), "source IN ('school', 'municipal')"
        )
        batch.create_index(
            "uq_indicator_builtin_code",
            ["code"],
            unique=True,
            sqlite_where=sa.text("school_id IS NULL"),
            postgresql_where=sa.text("school_id IS NULL"),
        )
        batch.create_index(
            "uq_indicator_own_code",
            ["school_id", "code"],
            unique=True,
            sqlite_where=sa.text("school_id IS NOT NULL"),
            postgresql_where=sa.text("school_id IS NOT NULL"),
        )


def _finish_report_conclusion() -> None:
    with op.batch_alter_table("report_conclusion") as batch:
        batch.drop_constraint(op.f("fk_report_conclusion_school_id_school"), type_="foreignkey")
        batch.create_foreign_key(
            op.f("fk_report_conclusion_school_id_organisation"),
            "organisation",
            ["school_id"],
            ["id"],
            ondelete="CASCADE",
        )


# ---- downgrade: back to one school's database (rows of other organisations are dropped)


def downgrade() -> None:
    bind = op.get_bind()
    organisations = _table("organisation", "id", "is_own")
    owner = bind.execute(sa.select(organisations.c.id).where(organisations.c.is_own)).scalar()
    _recreate_profiles()
    for table in (*OWNED, "report_conclusion", "indicator_baseline"):
        if owner is None:
            op.execute(f"DELETE FROM {table}")
        else:
            t = _table(table, "school_id")
            bind.execute(t.delete().where(t.c.school_id != owner))
    for table in CATALOGUES:
        t = _table(table, "school_id")
        if owner is not None:
            bind.execute(t.delete().where(t.c.school_id.is_not(None), t.c.school_id != owner))
    with op.batch_alter_table("report_conclusion") as batch:
        batch.drop_constraint(
            op.f("fk_report_conclusion_school_id_organisation"), type_="foreignkey"
        )
        batch.create_foreign_key(
            op.f("fk_report_conclusion_school_id_school"),
            "school",
            ["school_id"],
            ["id"],
            ondelete="CASCADE",
        )
    for table, checks in OWNED.items():
        with op.batch_alter_table(table) as batch:
            if table == "programme":
                batch.drop_index("uq_programme_current")
            if table == "programme_task":
                batch.drop_constraint(op.f("uq_programme_task_programme_id"), type_="unique")
            if table == "indicator_value":
                batch.drop_constraint(op.f("uq_indicator_value_school_id"), type_="unique")
                batch.create_unique_constraint(
                    op.f("uq_indicator_value_indicator_id"), ["indicator_id", "year"]
                )
            for column, _enum, _nullable in checks:
                batch.drop_constraint(op.f(f"ck_{table}_{column}"), type_="check")
            _drop_owner(batch, table)
    _downgrade_indicators()
    for table in ("non_execution_reason", "cooperation_direction"):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"uq_{table}_code")
            _drop_owner(batch, table)
            batch.drop_column("code")
    with op.batch_alter_table("sa_instrument") as batch:
        batch.drop_constraint(op.f("ck_sa_instrument_source"), type_="check")
    op.drop_index("uq_organisation_own", table_name="organisation")
    op.drop_table("organisation")


def _drop_owner(batch, table: str) -> None:
    batch.drop_constraint(op.f(f"fk_{table}_school_id_organisation"), type_="foreignkey")
    batch.drop_index(op.f(f"ix_{table}_school_id"))
    batch.drop_column("school_id")


def _downgrade_indicators() -> None:
    with op.batch_alter_table("indicator") as batch:
        batch.add_column(sa.Column("baseline_year", sa.String(length=9), nullable=True))
        batch.add_column(sa.Column("baseline_value", sa.Float(), nullable=True))
    op.execute(
        "UPDATE indicator SET baseline_year = (SELECT year FROM indicator_baseline b "
        "WHERE b.indicator_id = indicator.id), baseline_value = (SELECT value FROM "
        "indicator_baseline b WHERE b.indicator_id = indicator.id)"
    )
    op.drop_table("indicator_baseline")
    with op.batch_alter_table("indicator") as batch:
        batch.drop_index("uq_indicator_builtin_code")
        batch.drop_index("uq_indicator_own_code")
        batch.drop_constraint(op.f("ck_indicator_direction"), type_="check")
        batch.drop_constraint(op.f("ck_indicator_source"), type_="check")
        _drop_owner(batch, "indicator")
        batch.create_unique_constraint(op.f("uq_indicator_code"), ["code"])


def _recreate_profiles() -> None:
    op.create_table(
        "municipality",
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("short_name", sa.String(length=200), nullable=False),
        sa.Column("methodologist", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("is_own", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipality")),
    )
    op.create_table(
        "school",
        sa.Column("full_name", sa.String(length=500), nullable=False),
        sa.Column("short_name", sa.String(length=200), nullable=False),
        sa.Column("municipality", sa.String(length=300), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("director", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("is_rural", sa.Boolean(), nullable=False),
        sa.Column("is_small", sa.Boolean(), nullable=False),
        sa.Column("low_results", sa.Boolean(), nullable=False),
        sa.Column("hard_social_conditions", sa.Boolean(), nullable=False),
        sa.Column("pupils", sa.Integer(), nullable=False),
        sa.Column("teachers", sa.Integer(), nullable=False),
        sa.Column("classes", sa.Integer(), nullable=False),
        sa.Column("is_own", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school")),
    )
    op.execute(
        "INSERT INTO school SELECT full_name, short_name, municipality, address, director, "
        "phone, email, is_rural, is_small, low_results, hard_social_conditions, pupils, "
        "teachers, classes, is_own, id, created_at, updated_at FROM organisation "
        "WHERE kind = 'school'"
    )
    op.execute(
        "INSERT INTO municipality SELECT full_name, short_name, methodologist, phone, email, "
        "is_own, id, created_at, updated_at FROM organisation WHERE kind = 'municipality'"
    )
