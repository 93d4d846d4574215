"""Partnership, worded as seed 003: partners and their roles over time, agreements, the
support plan, events by stage of interaction and the network-interaction criteria.

Only data up to ``ctx.as_of`` count, so a past year prints the same document years later;
in a year in progress, what is planned after today is counted apart and said so.
"""

from __future__ import annotations

from datetime import date

from app.partnership import texts as ptexts
from app.partnership.criteria import year_earlier
from app.programme.texts import MONTHS  # the one list of month names
from app.reports import texts
from app.reports.context import ReportContext, area_data
from app.reports.document import Block, Chart, Gap, data_table, heading, para
from app.reports.format import fmt_change, fmt_date

ORGANISER_CHART_MM = 60  # charts.bars' 170 pt


def _year_data(ctx: ReportContext):
    return area_data("partnership").partnership_year(ctx.scope, ctx.year, today=ctx.as_of)


def build(ctx: ReportContext) -> list[Block]:
    """The summary's part: partners, agreements, events in brief, criteria, organiser mix."""
    data = _year_data(ctx)
    if data is None:
        return [heading(texts.H_PARTNERSHIP), para(texts.NO_DATA, "small")]
    return [
        heading(texts.H_PARTNERSHIP),
        *partners(data),
        *agreements(data),
        heading(texts.H_EVENTS, 2),
        *_events_lines(data.criteria, ctx.as_of),
        *criteria(data, ctx.as_of),
    ]


def build_full(ctx: ReportContext) -> list[Block]:
    """The partnership printout: partners, agreements, support plan, events by stage, criteria."""
    data = _year_data(ctx)
    if data is None:
        return [para(texts.NO_DATA, "small")]
    return (
        partners(data)
        + agreements(data)
        + measures(data)
        + events(data, ctx.as_of)
        + criteria(data, ctx.as_of)
    )


def partners(data) -> list[Block]:
    if not data.partners:
        return []
    rows = [(p.full_name, _roles(p.roles)) for p in data.partners]
    return [
        heading(ptexts.H_PARTNERS, 2),
        data_table(ptexts.COLS_PARTNERS, rows, (45, 55)),
    ]


def _roles(roles) -> str:
    """The role history, oldest first: «с 01.09.2020 — школа-лидер / наставник»."""
    lines = [ptexts.ROLE_SINCE.format(day=fmt_date(r.since), role=r.label) for r in roles]
    return "\n".join(lines) or ptexts.ROLE_NONE


def agreements(data) -> list[Block]:
    if not data.agreements:
        return []
    rows = [
        (
            a.partner_name,
            a.number,
            fmt_date(a.signed_on),
            fmt_date(a.prolonged_until or a.valid_until),
            "; ".join(d.title for d in a.directions),
        )
        for a in data.agreements
    ]
    return [
        heading(texts.H_AGREEMENTS, 2),
        data_table(texts.COLS_AGREEMENTS, rows, (24, 12, 12, 12, 40)),
    ]


def measures(data) -> list[Block]:
    if not data.measures:
        return []
    rows = [
        (
            m.measure,
            m.partner_name,
            m.deficit,
            f"{fmt_date(m.starts_on)} – {fmt_date(m.ends_on)}",
            m.status_label,
            m.result,
        )
        for m in data.measures
    ]
    return [
        heading(texts.H_MEASURES, 2),
        data_table(texts.COLS_MEASURES, rows, (26, 15, 17, 13, 14, 15)),
    ]


def events(data, as_of: date) -> list[Block]:
    """Every event of the year under the stage of interaction it belongs to (seed 003)."""
    story: list[Block] = [heading(texts.H_EVENTS, 2), *_events_lines(data.criteria, as_of)]
    ordered = sorted(data.events, key=lambda e: (e.day, e.topic))
    for stage, title in ptexts.STAGE_HEADINGS.items():
        rows = [_event_row(e, as_of) for e in ordered if e.stage == stage]
        if rows:
            story += [
                heading(title, 2),
                data_table(ptexts.COLS_EVENTS, rows, (11, 15, 24, 14, 10, 13, 13)),
            ]
    return story


def _event_row(e, as_of: date) -> tuple[str, ...]:
    held = ptexts.HELD_YES if e.held else ptexts.HELD_NO
    if not e.held and e.day > as_of:
        held = ptexts.HELD_AHEAD
    return (
        fmt_date(e.day),
        e.partner_name,
        e.topic,
        ptexts.EVENT_KINDS.get(e.kind, e.kind),
        ptexts.FORMS.get(e.form, e.form),
        ptexts.ORGANISERS.get(e.organiser, e.organiser),
        held,
    )


def _events_lines(c, as_of: date) -> list[Block]:
    lines = [
        para(
            ptexts.EVENTS_LINE.format(
                planned=c.planned,
                planned_held=c.planned_held,
                unplanned_held=c.unplanned_held,
                held=c.held,
            )
        ),
        para(ptexts.STAGES_LINE.format(stages=_stage_counts(c))),
    ]
    if c.planned_ahead:
        lines.append(
            para(ptexts.EVENTS_AHEAD.format(ahead=c.planned_ahead, day=fmt_date(as_of)), "small")
        )
    return lines


def _stage_counts(c) -> str:
    return ", ".join(
        ptexts.ITEM_COUNT.format(label=title.lower(), count=c.by_stage.get(stage, 0))
        for stage, title in ptexts.STAGE_HEADINGS.items()
    )


def criteria(data, as_of: date) -> list[Block]:
    """Seed 003's «критерии оценки сетевого профессионального взаимодействия»."""
    c = data.criteria
    rows = [
        (ptexts.CRIT_PERCENT, _percent_held(c, as_of)),
        (ptexts.CRIT_PARTICIPANTS, _participants(c, data.year, as_of)),
        (ptexts.CRIT_LEADERS, _leaders(c)),
        (ptexts.CRIT_VARIETY, _variety(c)),
        (
            ptexts.CRIT_DIRECTIONS,
            ptexts.COUNT_OF.format(part=len(c.directions_covered), whole=len(c.directions_total)),
        ),
        (ptexts.CRIT_MEASURES, _measures_done(c, as_of)),
        (ptexts.CRIT_IDLE, _months(c.idle_months)),
    ]
    story: list[Block] = [
        heading(ptexts.H_CRITERIA, 2),
        data_table(ptexts.COLS_CRITERIA, rows, (42, 58)),
    ]
    if c.trend:
        story += [Gap(3), _organiser_chart(c.trend)]
    return story


def percent(share: float | None) -> str:
    """A share as a whole percent («75 %»), or a dash when there is nothing to divide by."""
    return texts.DASH if share is None else ptexts.PERCENT.format(value=round(100 * share))


def _percent_held(c, as_of: date) -> str:
    value = percent(c.planned_share)
    if not c.planned_ahead:
        return value
    return ptexts.CRIT_PERCENT_AHEAD.format(
        percent=value, ahead=c.planned_ahead, day=fmt_date(as_of)
    )


def _participants(c, year, as_of: date) -> str:
    if c.participants_before is None:
        before = ptexts.CRIT_BEFORE_NONE
    elif as_of < year.last_day:  # compared with the same part of the previous year
        before = ptexts.CRIT_BEFORE_SAME_DATE.format(
            day=fmt_date(year_earlier(as_of)),
            before=c.participants_before,
            change=fmt_change(c.participants_change),
        )
    else:
        before = ptexts.CRIT_BEFORE.format(
            before=c.participants_before, change=fmt_change(c.participants_change)
        )
    return ptexts.CRIT_PARTICIPANTS_VALUE.format(total=c.participants_total, before=before)


def _leaders(c) -> str:
    organisers = ", ".join(
        ptexts.ITEM_COUNT.format(label=label, count=c.by_organiser.get(key, 0))
        for key, label in ptexts.ORGANISERS.items()
    )
    levels = [
        label
        for key, label in ptexts.CATEGORIES.items()
        if any(side.get(key, 0) for side in c.participants.values())
    ]
    return ptexts.CRIT_LEADERS_VALUE.format(
        leaders=c.leaders, organisers=organisers, levels=", ".join(levels) or ptexts.NOTHING
    )


def _variety(c) -> str:
    kinds = [ptexts.EVENT_KINDS.get(k, k) for k in sorted(c.by_kind, key=_kind_order)]
    forms = [ptexts.FORMS.get(f, f) for f in ptexts.FORMS if f in c.by_form]
    return ptexts.CRIT_VARIETY_VALUE.format(
        kinds=len(kinds),
        kind_list=", ".join(kinds) or ptexts.NOTHING,
        forms=len(forms),
        form_list=", ".join(forms) or ptexts.NOTHING,
    )


def _kind_order(kind: str) -> int:
    keys = list(ptexts.EVENT_KINDS)
    return keys.index(kind) if kind in keys else len(keys)


def _measures_done(c, as_of: date) -> str:
    if not c.measures_ahead:
        return ptexts.COUNT_OF.format(part=c.measures_done, whole=c.measures_planned)
    return ptexts.CRIT_MEASURES_AHEAD.format(
        done=c.measures_done, total=c.measures_planned, ahead=c.measures_ahead, day=fmt_date(as_of)
    )


def _months(months: tuple[date, ...]) -> str:
    if not months:
        return "0"
    names = ", ".join(f"{MONTHS[m.month - 1]} {m.year}" for m in months)
    return f"{len(months)}: {names}"


def _organiser_chart(trend) -> Chart:
    years = [str(s.year) for s in trend]
    series = [
        (ptexts.ORGANISERS["we"], [s.by_us for s in trend]),
        (ptexts.ORGANISERS["joint"], [s.joint for s in trend]),
        (ptexts.ORGANISERS["partner"], [s.by_partner for s in trend]),
    ]
    header = (texts.ORGANISER_MIX_YEAR, *(name for name, _ in series))
    rows = [(year, *(str(values[i]) for _, values in series)) for i, year in enumerate(years)]
    figures = data_table(header, rows, (25, 25, 25, 25), numeric=(1, 2, 3))

    def draw(width: float):
        from app.reports import charts  # reportlab: only a PDF draws it

        return charts.organiser_mix(years, series, texts.ORGANISER_MIX)

    return Chart(texts.ORGANISER_MIX, draw, ORGANISER_CHART_MM, figures)
