"""The municipality's annual order and analytical report (seed 002) as a document: built
from the demo municipality (its own project modelled on seed 002, three schools imported
through real packages, resources assigned with gaps) and read back with ``texts_of``.

Expected values come from seed 002 (typed here) or from the demo's database read with
plain SQL, never from the report's own code.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, text

from app.academic_year import AcademicYear
from app.data_folder import DataFolder
from app.errors import ValidationError
from app.installation import Installation, open_installation
from app.municipality.expectations import add_deadline, add_expected_school
from app.municipality.register import local_day
from app.municipality.report import (
    build_municipal_document,
    municipal_tables,
    report_texts,
    reset_report_text,
    save_report_text,
    school_key,
)
from app.reports.document import (
    DataTable,
    Document,
    Heading,
    Numbered,
    PageBreak,
    Para,
    texts_of,
)

TODAY = date(2026, 11, 23)  # 2026-2027 in progress
Y20, Y21, CURRENT = AcademicYear(2020), AcademicYear(2021), AcademicYear(2026)
TITLE = (
    "Повышение качества образования в школах с низкими результатами обучения и школах, "
    "функционирующих в неблагоприятных социальных условиях, в Заречном муниципальном районе"
)
# Seed 002, «Степень достижения запланированных результатов проекта», 2020-2021.
SEED_DEGREES = [
    "Частично достигнуто",
    "Частично достигнуто",
    "Разработана, частично реализуется",
    "Создано и реализуется",
    "Сформированы элементы, которые функционируют",
    "Частично достигнуто",
    "Достигнуто",
]
SEED_RESULT_STARTS = [
    "Повышение качества образования в ",
    "Сокращение доли школ с устойчиво низкими результатами обучения",
    "Создана муниципальная программа поддержки общеобразовательных учреждений",
    "Создано эффективное межшкольное партнёрство и сетевое взаимодействие",
    "Сформирована система методического сопровождения учителей",
    "Организована активная диссеминация лучших практик",
    "Участие школ в конкурсных мероприятиях.",
]
PLAN_HEADER = (
    "№ п/п",
    "Период реализации отдельного действия плана",
    "Наименование мероприятия",
    "Прогнозируемый результат (количественные характеристики результата)",
    "Исполнение",
    "Причины невыполнения",
)
RESOURCE_HEADER = ("№ п/п", "Задача школьного проекта", "Муниципальные ресурсы")


def _build(folder: DataFolder, schools: int) -> DataFolder:
    from app.demo.municipality import create_demo_municipality

    create_demo_municipality(folder, schools=schools, today=TODAY).close()
    return folder


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> DataFolder:
    return _build(DataFolder(tmp_path_factory.mktemp("municipal-report") / "data"), 3)


@pytest.fixture
def office(district: DataFolder, tmp_path: Path) -> Iterator[Installation]:
    target = tmp_path / "office"
    shutil.copytree(district.root, target)
    installation = open_installation(DataFolder(target))
    yield installation
    installation.close()


def _sql(office: Installation, query: str, *args) -> list[tuple]:
    with sqlite3.connect(office.folder.database) as conn:
        return conn.execute(query, args).fetchall()


def _schools(office: Installation) -> list[tuple[str, str, str, str]]:
    """(id hex, short name, full name, director) of the imported schools."""
    return _sql(
        office,
        "SELECT id, short_name, full_name, director FROM organisation WHERE kind = 'school' "
        "ORDER BY short_name",
    )


def _tables(document: Document, header: tuple[str, ...]) -> list[DataTable]:
    return [b for b in document.blocks if isinstance(b, DataTable) and b.header == header]


def _after(document: Document, heading_text: str, kind: type):
    """The first block of ``kind`` after the heading ``heading_text``."""
    blocks = document.blocks
    start = next(
        i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == heading_text
    )
    return next(b for b in blocks[start + 1 :] if isinstance(b, kind))


def _part(document: Document, first: str, last: str) -> list:
    """The blocks from the level-1 heading starting with ``first`` up to the one with ``last``."""
    blocks = document.blocks
    start = next(
        i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text.startswith(first)
    )
    end = next(
        i
        for i, b in enumerate(blocks)
        if i > start and isinstance(b, Heading) and b.text.startswith(last)
    )
    return blocks[start:end]


def test_the_order_with_its_points_signatures_and_distribution(office: Installation) -> None:
    document = build_municipal_document(office.scope, Y20, TODAY)
    texts = texts_of(document)
    assert texts[0] == "ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО РАЙОНА"
    assert texts[1] == "РАСПОРЯЖЕНИЕ"
    assert texts[2] == "«___» ____________ 2021 г.\t№ ______"
    assert texts[3] == (
        f"О результатах комплексного анализа реализации муниципального проекта «{TITLE}», "
        "школьных проектов по переводу в эффективный режим функционирования "
        "на 2020-2021 учебный год"
    )
    assert "утверждённого распоряжением от 29.10.2020 № 214-р" in texts[4]
    assert texts[5] == "ОБЯЗЫВАЮ:"
    points = next(b for b in document.blocks if isinstance(b, Numbered)).items
    assert [label for label, _ in points] == ["1.", "2.", "3.", "4.", "5."]
    assert points[0][1] == (
        f"Утвердить аналитическую справку по итогам реализации проекта «{TITLE}», школьных "
        "проектов по переводу в эффективный режим функционирования на 2020-2021 учебный год "
        "(Приложение)."
    )
    assert points[1][1].startswith("Информацию о результатах комплексного анализа довести")
    # every demo school has a result not achieved in 2020-2021: all are named, with directors
    recommended = points[2][1]
    assert recommended.startswith("Рекомендовать руководителям общеобразовательных организаций:")
    assert recommended.endswith(
        "провести анализ результатов мониторинга и организовать работу по выполнению рекомендаций."
    )
    for _id, _short, full, director in _schools(office):
        surname, first, middle = director.split()
        assert f"{full} ({surname} {first[0]}. {middle[0]}.)" in recommended
    assert points[3][1].startswith(
        "МКУ «Информационно-методический центр» Заречного района (Шилова Е. А.) обеспечить "
        "методическое сопровождение"
    )
    assert points[4][1] == "Контроль за исполнением распоряжения оставляю за собой."
    assert "Начальник отдела образования\tКудрявцева Н. С." in texts
    assert (
        "Директор информационно-методического центра\n__________________ Шилова Е. А.\n"
        "«___» ____________ 2021 года"
    ) in texts
    assert "Гордеева Людмила Васильевна\n+7 (48533) 2-10-45" in texts
    distribution = texts.index("РАССЫЛКА:")
    assert texts[distribution + 1 : distribution + 4] == [
        "В дело: 1 экз.",
        "В МКУ «Информационно-методический центр» Заречного района: 1 экз.",
        "В общеобразовательные организации — электронной почтой",
    ]
    first_break = next(i for i, b in enumerate(document.blocks) if isinstance(b, PageBreak))
    after = document.blocks[first_break + 1]
    assert after == Para(
        "Приложение\nк распоряжению\nот «___» ____________ 2021 года № ____", "right"
    )
    assert not document.meta.running_header


def test_sections_in_seed_002s_order(office: Installation) -> None:
    document = build_municipal_document(office.scope, Y20, TODAY)
    titles = [b.text for b in document.blocks if isinstance(b, Heading) and b.level == 1]
    assert titles == [
        f"1. Степень достижения запланированных результатов проекта «{TITLE}»",
        "2. Соответствие запланированных действий проекта целям и задачам образовательных "
        "организаций — участников проекта",
        "3. Степень достижения запланированных результатов школьных проектов",
        "4. Достаточность муниципальных ресурсов для решения задач школьных проектов "
        "перехода в эффективный режим работы",
        "Выводы",
        "Приложение к аналитической справке. Представление данных школами",
    ]
    texts = texts_of(document)
    assert "Сроки проведения комплексного анализа: июнь 2021 года." in texts
    shorts = ", ".join(short for _id, short, _full, _dir in _schools(office))
    assert any(line.endswith(f"участвуют: {shorts}.") for line in texts)
    indicators = [b for b in document.blocks if isinstance(b, Numbered)][1]
    assert [text[:30] for _label, text in indicators.items] == [
        "Степень достижения запланирова",
        "Соответствие запланированных д",
        "Степень достижения запланирова",
        "Достаточность муниципальных ре",
    ]


def test_the_degree_table_for_2020_2021_is_seed_002s(office: Installation) -> None:
    document = build_municipal_document(office.scope, Y20, TODAY)
    table = _tables(document, ("№ п/п", "Планируемый результат", "Степень достижения"))[0]
    assert [row[0] for row in table.rows] == ["1.", "2.", "3.", "4.", "5.", "6.", "7."]
    assert [row[2] for row in table.rows] == SEED_DEGREES
    for row, start in zip(table.rows, SEED_RESULT_STARTS, strict=True):
        assert row[1].startswith(start)
    texts = texts_of(document)
    summary = texts.index(table.rows[-1][2]) + 1
    assert texts[summary] == (
        "Из 7 планируемых результатов проекта достигнуто — 2, частично достигнуто — 5, "
        "не достигнуто — 0."
    )
    assert texts[summary + 1].startswith(
        "Повышение качества образования наблюдается во всех школах"
    )
    (results, *_rest) = municipal_tables(office.scope, Y20, TODAY).values()
    assert results[0] == "Результаты проекта"
    assert [row[2] for row in results[2]] == SEED_DEGREES


def test_the_plan_table_by_section_with_recommendations_and_findings(office: Installation) -> None:
    document = build_municipal_document(office.scope, Y20, TODAY)
    (table,) = _tables(document, PLAN_HEADER)
    groups = [table.rows[i][0] for i in table.groups]
    assert groups == [
        "1. Нормативное и проектное обеспечение перехода школ в эффективный режим функционирования",
        "2. Создание современной инфраструктуры",
        "3. Создание единой системы управления качеством образования",
        "4. Повышение профессиональной компетентности педагогических работников "
        "(профессиональное развитие педагогов)",
        "5. Организация сетевого взаимодействия и партнёрства",
        "6. Распространение позитивных педагогических и управленческих практик",
    ]
    by_number = {row[0]: row for row in table.rows}
    assert len(table.rows) - len(groups) == 15  # seed 002's plan: 15 actions
    assert by_number["3.2."][2] == (
        "Проведение мониторинга основных шагов перехода школ в эффективный режим работы"
    )
    assert by_number["3.2."][4] == (
        "Выполнено.\nРекомендации: подготовить анализ результатов мониторинга."
    )
    assert by_number["3.3."][4].startswith("Выполнено частично.")
    assert by_number["3.3."][5] == (
        "Ограничительные меры. Часть консультаций отменена из-за ограничительных мер."
    )
    assert (
        by_number["4.3."][3] == "Курсовая подготовка педагогов школ — участников проекта (57 чел.)"
    )
    texts = texts_of(document)
    findings = next(line for line in texts if line.startswith("Выводы. "))
    assert "из 15 мероприятий выполнено — 14, выполнено частично — 1, не выполнено — 0." in findings
    assert "«Создание единой системы управления качеством образования»" in findings
    sheet, header, rows = municipal_tables(office.scope, Y20, TODAY)["municipal-plan"]
    assert (sheet, len(rows)) == ("План мероприятий", 15)
    assert header[:2] == ["№ п/п", "Раздел плана"]


def _expected_tasks(office: Installation) -> dict[str, list[tuple[str, str, str]]]:
    """school short name → (number, task, resources one a line by name) from the database."""
    rows = _sql(
        office,
        "SELECT o.short_name, t.id, t.number, t.text FROM programme_task t "
        "JOIN programme p ON p.id = t.programme_id JOIN organisation o ON o.id = p.school_id "
        "WHERE o.kind = 'school' AND p.is_current ORDER BY o.short_name, t.number",
    )
    names = {}
    for task, name in _sql(
        office,
        "SELECT a.task_id, r.name FROM resource_assignment a "
        "JOIN municipal_resource r ON r.id = a.resource_id ORDER BY r.name",
    ):
        names.setdefault(task, []).append(name)
    found: dict[str, list] = {}
    for short, task, number, text_ in rows:
        found.setdefault(short, []).append((f"{number}.", text_, "\n".join(names.get(task, []))))
    return found


def test_school_tasks_with_their_resources_and_the_gaps_counted(office: Installation) -> None:
    document = build_municipal_document(office.scope, Y20, TODAY)
    expected = _expected_tasks(office)
    part = _part(document, "4. ", "Выводы")
    gaps_total = tasks_total = 0
    for short, tasks in expected.items():
        start = part.index(Heading(short, 2))
        table, note = part[start + 1], part[start + 2]
        assert table.header == RESOURCE_HEADER and table.groups == (0,)
        assert table.rows[0][0].startswith("Проект «Программа перехода школы")
        assert list(table.rows[1:]) == tasks
        gaps = sum(1 for _n, _t, resources in tasks if not resources)
        assert note == Para(f"Задач без муниципальных ресурсов: {gaps} из {len(tasks)}.", "small")
        gaps_total, tasks_total = gaps_total + gaps, tasks_total + len(tasks)
    assert gaps_total >= 3  # the demo leaves one or two tasks of each school without
    assert (
        f"Задач школьных проектов без муниципальных ресурсов — {gaps_total} из {tasks_total}. "
        "Следует отметить недостаточность муниципальных ресурсов"
    ) in part[1].text
    # part (2): each school's tasks beside the resources serving them
    first_short, first_tasks = next(iter(expected.items()))
    part2 = _part(document, "2. ", "3. ")
    heading_at = next(
        i
        for i, b in enumerate(part2)
        if isinstance(b, Heading) and b.text.startswith(f"{first_short}: проект")
    )
    rows = dict(part2[heading_at + 1].rows)
    assert rows["Задачи"] == "\n".join(f"{n} {t}" for n, t, _r in first_tasks)
    served = []
    for _n, _t, resources in first_tasks:
        served += [r for r in resources.split("\n") if r and r not in served]
    assert rows["Муниципальные ресурсы, направленные на задачи школы"] == "\n".join(served)
    numbers = [n.rstrip(".") for n, _t, r in first_tasks if not r]
    assert part2[heading_at + 2].text.endswith(f"остаются задачи № {', '.join(numbers)}.")


def test_conclusions_per_school_and_a_note_where_there_are_none(office: Installation) -> None:
    (
        (silent, silent_short, _f, _d),
        (undecided, undecided_short, _f2, _d2),
        (full, full_short, _f3, _d3),
    ) = _schools(office)
    with sqlite3.connect(office.folder.database) as conn:
        conn.execute(
            "DELETE FROM report_conclusion WHERE school_id = ? AND year = '2020-2021'", (silent,)
        )
        conn.execute(
            "UPDATE report_conclusion SET management_decisions = '' "
            "WHERE school_id = ? AND year = '2020-2021'",
            (undecided,),
        )
        ((directions, decisions),) = conn.execute(
            "SELECT directions, management_decisions FROM report_conclusion "
            "WHERE school_id = ? AND year = '2020-2021'",
            (full,),
        ).fetchall()
    document = build_municipal_document(office.scope, Y20, TODAY)
    part = _part(document, "3. ", "4. ")
    texts = [t for b in part for t in texts_of(Document(document.meta, [b]))]

    def school_texts(short: str) -> list[str]:
        start = next(i for i, t in enumerate(texts) if t.startswith(f"{short}: проект"))
        end = next((i for i, t in enumerate(texts) if i > start and ": проект «" in t), len(texts))
        return texts[start:end]

    assert (
        "Школа не представила выводы и управленческие решения по итогам 2020-2021 учебного года."
        in school_texts(silent_short)
    )
    undecided_texts = school_texts(undecided_short)
    assert "Выводы школы по итогам учебного года:" in undecided_texts
    assert (
        "Школа не представила управленческие решения по итогам 2020-2021 учебного года."
        in undecided_texts
    )
    full_texts = school_texts(full_short)
    assert all(line in full_texts for line in directions.splitlines())
    assert all(line in full_texts for line in decisions.splitlines())
    assert "Управленческие решения:" in full_texts
    summary = texts[-1]
    assert summary.startswith("Таким образом, школами — участниками проекта выполнено")
    assert f"отсутствуют выводы и управленческие решения: {silent_short}." in summary
    assert f"Не представлены управленческие решения: {undecided_short}." in summary
    # the key indicators with their change over the year (2021-2022 against 2020-2021)
    later = build_municipal_document(office.scope, Y21, TODAY)
    ((actual20,), (actual21,)) = _sql(
        office,
        "SELECT v.actual FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id "
        "WHERE v.school_id = ? AND i.code = 'vpr_pass' ORDER BY v.year LIMIT 2",
        full,
    )
    part = _part(later, "3. ", "4. ")
    start = part.index(
        next(b for b in part if isinstance(b, Heading) and b.text.startswith(full_short))
    )
    table = next(
        b for b in part[start:] if isinstance(b, DataTable) and b.header[0] == "Показатель"
    )
    assert table.header == (
        "Показатель",
        "2020-2021",
        "2021-2022",
        "Изменение",
        "Цель на 2021-2022",
    )
    row = next(r for r in table.rows if r[0] == "Доля обучающихся, справившихся с ВПР, %")
    change = round(actual21 - actual20, 2)
    assert row[1:4] == (
        f"{actual20:g}".replace(".", ","),
        f"{actual21:g}".replace(".", ","),
        ("+" if change > 0 else "") + f"{change:g}".replace(".", ","),
    )


def test_the_completeness_appendix_against_the_years_deadlines(office: Installation) -> None:
    add_deadline(office.scope, "Годовой отчёт", date(2021, 5, 1), date(2021, 6, 10))
    add_deadline(office.scope, "Отчёт следующего года", date(2022, 5, 1), date(2022, 6, 10))
    add_expected_school(office.scope, "Озёрная НШ")
    document = build_municipal_document(office.scope, Y20, TODAY)
    title = "Приложение к аналитической справке. Представление данных школами"
    table = _after(document, title, DataTable)
    assert table.header == (
        "Школа",
        "Пакетов получено",
        "Последний пакет",
        "Годовой отчёт (срок 10.06.2021)",
    )
    expected = []
    for school, short, _full, _director in _schools(office):
        ((count, last, first),) = _sql(
            office,
            "SELECT count(*), max(sequence), min(received_at) FROM received_package "
            "WHERE sender_id = ?",
            school,
        )
        ((received,),) = _sql(
            office,
            "SELECT received_at FROM received_package WHERE sender_id = ? "
            "ORDER BY received_at DESC LIMIT 1",
            school,
        )
        from datetime import UTC, datetime

        def day(stamp: str) -> date:
            return local_day(datetime.fromisoformat(stamp).replace(tzinfo=UTC))

        late = (day(first) - date(2021, 6, 10)).days
        expected.append(
            (
                short,
                str(count),
                f"№ {last}, получен {day(received):%d.%m.%Y}",
                f"просрочено на {late} дн.",
            )
        )
    expected.append(("Озёрная НШ", "0", "пакетов не было", "не получено"))
    assert list(table.rows) == expected
    texts = texts_of(document)
    assert "Данные прислали 3 из 4 школ." in texts
    assert (
        "К сроку «Годовой отчёт» (10.06.2021): в срок — 0, с опозданием — 3, не получено — 1."
        in texts
    )


def test_edited_texts_are_kept_per_year_and_survive_a_newer_school_package(
    office: Installation, demo: Installation, tmp_path: Path
) -> None:
    from app.sync.keyfile import load_municipality_key, write_key_file
    from app.sync.outgoing import write_school_package
    from app.sync.receive import Outcome, receive

    scope = office.scope
    default = report_texts(scope, Y20, TODAY)["order.point5"]
    assert default == "Контроль за исполнением распоряжения оставляю за собой."
    control = "Контроль за исполнением распоряжения возложить на методиста Гордееву Л. В."
    assert save_report_text(scope, Y20, "order.point5", control).changes.reports
    with pytest.raises(ValidationError, match="Такого текста"):
        save_report_text(scope, Y20, "order.point9", "…")

    stick = tmp_path / "stick"
    stick.mkdir()
    load_municipality_key(demo, write_key_file(office, stick))
    sent = write_school_package(demo, stick, today=TODAY)
    assert receive(office, [sent.path])[0].outcome is Outcome.ACCEPTED
    school = demo.scope.school_id
    words = "Проект школы опирается на сетевое взаимодействие.\nНужна поддержка ИМЦ."
    save_report_text(scope, Y20, school_key(school), words)
    with pytest.raises(ValidationError, match="Такого текста"):
        save_report_text(scope, Y20, school_key(uuid.uuid4()), words)

    newer = write_school_package(demo, stick, today=TODAY)
    assert receive(office, [newer.path])[0].outcome is Outcome.ACCEPTED
    assert _sql(
        office, "SELECT count(*) FROM received_package WHERE sender_id = ?", school.hex
    ) == [(2,)]

    texts = report_texts(scope, Y20, TODAY)
    assert (texts["order.point5"], texts[school_key(school)]) == (control, words)
    assert report_texts(scope, Y21, TODAY)["order.point5"] == default  # another year: default
    document = texts_of(build_municipal_document(scope, Y20, TODAY))
    assert f"5. {control}" in document
    assert "Проект школы опирается на сетевое взаимодействие." in document
    assert "Нужна поддержка ИМЦ." in document

    reset_report_text(scope, Y20, "order.point5")
    assert report_texts(scope, Y20, TODAY)["order.point5"] == default


def test_a_past_years_document_does_not_change_when_later_data_arrive(office: Installation) -> None:
    before = texts_of(build_municipal_document(office.scope, Y20, TODAY))
    (school, *_), *_ = _schools(office)
    municipality = office.scope.school_id.hex
    save_report_text(office.scope, Y21, "order.point1", "Другой год.")
    with office.scope.db.engine.begin() as conn:
        # a school's new programme for later years, a later plan action, later conclusions
        conn.execute(
            text("UPDATE programme SET is_current = 0 WHERE school_id = :s"), {"s": school}
        )
        conn.execute(
            text(
                "INSERT INTO programme (id, school_id, title, first_year, last_year, "
                "order_number, goal, problem_analysis, is_current, created_at, updated_at) "
                "VALUES (:id, :s, 'Новая программа', '2027-2028', '2029-2030', '', '', '', 1, "
                "'2027-09-01', '2027-09-01')"
            ),
            {"id": uuid.uuid4().hex, "s": school},
        )
        conn.execute(
            text(
                "INSERT INTO roadmap_activity (id, school_id, year, title, period_text, "
                "responsible, responsible_role, participants, forecast_unit, forecast_text, "
                "status, actual_result, reason_text, resource_text, recommendation, position, "
                "created_at, updated_at) VALUES (:id, :m, '2027-2028', 'Новое мероприятие', "
                "'', '', '', '', '', '', 'planned', '', '', '', '', 99, '2027-09-01', "
                "'2027-09-01')"
            ),
            {"id": uuid.uuid4().hex, "m": municipality},
        )
        conn.execute(
            text(
                "INSERT INTO report_conclusion (id, school_id, year, directions, problems, "
                "internal_resources, external_resources, next_year_tasks, management_decisions, "
                "roadmap_findings, created_at, updated_at) VALUES (:id, :s, '2027-2028', 'Новое', "
                "'', '', '', '', '', '', '2028-06-01', '2028-06-01')"
            ),
            {"id": uuid.uuid4().hex, "s": school},
        )
    after = texts_of(build_municipal_document(office.scope, Y20, date(2028, 7, 1)))
    assert after == before


def test_a_year_in_progress_says_so_on_the_title(office: Installation) -> None:
    texts = texts_of(build_municipal_document(office.scope, CURRENT, TODAY))
    note = "Учебный год не завершён: сведения на 23.11.2026."
    assert texts.count(note) == 2  # under the order's title and under the report's
    assert texts[texts.index(note) - 1].endswith("на 2026-2027 учебный год")
    past = texts_of(build_municipal_document(office.scope, Y21, TODAY))
    assert not any(line.startswith("Учебный год не завершён") for line in past)
    assert any(
        line == "Выводы по итогам учебного года школа подготовит после его завершения."
        for line in texts
    )


class _Counter:
    def __init__(self) -> None:
        self.statements = 0

    def __call__(self, *_args) -> None:
        self.statements += 1


def _statements(folder: DataFolder) -> tuple[int, int, int]:
    installation = open_installation(folder)
    try:
        build_municipal_document(installation.scope, Y20, TODAY)  # warm caches
        counter = _Counter()
        event.listen(installation.scope.db.engine, "before_cursor_execute", counter)
        try:
            document = build_municipal_document(installation.scope, Y20, TODAY)
        finally:
            event.remove(installation.scope.db.engine, "before_cursor_execute", counter)
        schools = len(_tables(document, RESOURCE_HEADER))
        return counter.statements, schools, len(document.blocks)
    finally:
        installation.close()


@pytest.mark.slow  # builds a second demo district (six schools): ~30 s
def test_the_number_of_sql_statements_does_not_grow_with_the_schools(
    district: DataFolder, tmp_path_factory: pytest.TempPathFactory
) -> None:
    six = _build(DataFolder(tmp_path_factory.mktemp("municipal-report-6") / "data"), 6)
    three_count, three_schools, three_blocks = _statements(district)
    six_count, six_schools, six_blocks = _statements(six)
    assert (three_schools, six_schools) == (3, 6)
    assert six_blocks > three_blocks
    assert six_count == three_count
    assert three_count <= 30
