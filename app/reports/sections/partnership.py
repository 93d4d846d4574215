"""Partnership: agreements, support plan, events held vs planned, criteria, organiser mix."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.reports import charts, texts
from app.reports.context import ReportContext, area_data
from app.reports.engine import data_table, gap, heading, para
from app.reports.format import fmt_date, yes_no


def _year_data(ctx: ReportContext):
    return area_data("partnership").partnership_year(ctx.scope, ctx.year, today=ctx.today)


def build(ctx: ReportContext) -> list[Flowable]:
    """The summary's part: agreements, events in brief, criteria and the organiser mix."""
    data = _year_data(ctx)
    if data is None:
        return [heading(texts.H_PARTNERSHIP), para(texts.NO_DATA, "note")]
    return [
        heading(texts.H_PARTNERSHIP),
        *agreements(data),
        heading(texts.H_EVENTS, 2),
        para(_events_line(data.criteria)),
        *criteria(data),
    ]


def build_full(ctx: ReportContext) -> list[Flowable]:
    """The partnership printout: agreements, support plan, every event, criteria."""
    data = _year_data(ctx)
    if data is None:
        return [para(texts.NO_DATA, "note")]
    return agreements(data) + measures(data) + events(data) + criteria(data)


def agreements(data) -> list[Flowable]:
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


def measures(data) -> list[Flowable]:
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
        data_table(texts.COLS_MEASURES, rows, (28, 15, 18, 13, 11, 17)),
    ]


def events(data) -> list[Flowable]:
    from app.partnership import texts as ptexts

    rows = [
        (
            fmt_date(e.day),
            e.partner_name,
            e.topic,
            ptexts.EVENT_KINDS.get(e.kind, e.kind),
            ptexts.ORGANISERS.get(e.organiser, e.organiser),
            yes_no(e.held),
        )
        for e in sorted(data.events, key=lambda e: e.day)
    ]
    story: list[Flowable] = [heading(texts.H_EVENTS, 2), para(_events_line(data.criteria))]
    if rows:
        story.append(data_table(texts.COLS_EVENTS, rows, (11, 16, 30, 15, 15, 13)))
    return story


def criteria(data) -> list[Flowable]:
    c = data.criteria
    rows = [
        (texts.CRIT_PLANNED, str(c.planned)),
        (texts.CRIT_HELD, str(c.held)),
        (texts.CRIT_PLANNED_HELD, texts.OF.format(part=c.planned_held, whole=c.planned)),
        (
            texts.CRIT_DIRECTIONS,
            texts.OF.format(part=len(c.directions_covered), whole=len(c.directions_total)),
        ),
        (texts.CRIT_MEASURES, texts.OF.format(part=c.measures_done, whole=c.measures_planned)),
        (texts.CRIT_IDLE, str(len(c.idle_months))),
    ]
    story: list[Flowable] = [
        heading(texts.H_CRITERIA, 2),
        data_table(texts.COLS_CRITERIA, rows, (70, 30), numeric=(1,)),
    ]
    if c.trend:
        story += [gap(3), _organiser_chart(c.trend)]
    return story


def _organiser_chart(trend) -> Flowable:
    from app.partnership import texts as ptexts

    years = [str(s.year) for s in trend]
    series = [
        (ptexts.ORGANISERS["we"], [s.by_us for s in trend]),
        (ptexts.ORGANISERS["joint"], [s.joint for s in trend]),
        (ptexts.ORGANISERS["partner"], [s.by_partner for s in trend]),
    ]
    return charts.organiser_mix(years, series, texts.ORGANISER_MIX)


def _events_line(c) -> str:
    return texts.EVENTS_SUMMARY.format(
        planned=c.planned,
        planned_held=c.planned_held,
        unplanned_held=c.unplanned_held,
        held=c.held,
    )
