"""Invented names and the score story of the demo self-assessments."""

from __future__ import annotations

from app.self_assessment.runs import Member

RESOURCES = "school_deficits_resources"
RISKS = "risk_profiles_500"

TEAM = (
    Member("Ковалёва Ирина Петровна", "директор, руководитель группы"),
    Member("Смирнов Павел Андреевич", "заместитель директора по УВР"),
    Member("Егорова Анна Сергеевна", "руководитель методического объединения"),
    Member("Лаптева Ольга Николаевна", "педагог-психолог"),
    Member("Фролова Марина Викторовна", "председатель родительского совета"),
)

# Area score (0–100) in 2020-2021, 2022-2023, 2024-2025 and the current year.
DEFAULT_STORY = (67.0, 67.0, 78.0, 78.0)
RESOURCES_STORY: dict[str, tuple[float, ...]] = {
    "management": (67, 78, 89, 89),
    "staff": (56, 67, 78, 78),
    "methodical": (22, 56, 78, 89),  # shrinking deficit
    "results": (33, 44, 67, 78),  # shrinking deficit
    "environment": (44, 67, 78, 78),
    "parents": (33, 33, 33, 44),  # the persisting deficit
    "partnership": (56, 78, 100, 100),
}
RISKS_STORY: dict[str, tuple[float, ...]] = {
    "equipment": (42, 67, 83, 83),
    "staff_shortage": (50, 58, 67, 67),
    "competence": (22, 56, 78, 78),  # shrinking
    "adaptivity": (44, 56, 78, 78),
    "qualification": (33, 67, 89, 89),  # shrinking
    "language_barriers": (89, 89, 100, 100),
    "environment": (67, 78, 78, 89),
    "parents": (33, 33, 33, 44),  # persisting
    "failure_risk": (25, 42, 67, 75),  # shrinking
    "discipline": (78, 78, 89, 89),
}

COMMENTS = (
    "Обсудили на педсовете, нужен план мер.",
    "Подтверждающие документы неполные.",
    "Мнения в группе разошлись, взяли меньший уровень.",
)
REOPEN_REASON = "Уточнили результаты ВПР после перепроверки работ"
OFFER_EVIDENCE = "Материалы мероприятий, отзывы партнёров"

MANUAL_DEFICIT = "Нет логопеда в штате: дети с нарушениями речи не получают помощи"
MANUAL_DEFICIT_AREA = "Педагогические кадры"
MANUAL_STRENGTH = "Школьный музей и краеведческие проекты: можем провести выездные занятия"
MANUAL_STRENGTH_AREA = "Образовательная среда"

# area id -> (words in event topics, indicator codes); measures are linked by their deficit
LINKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "methodical": (("урок", "мастер", "методич"), ("teachers_training", "teachers_online")),
    "competence": (("урок", "методич", "семинар"), ("teachers_training",)),
    "qualification": (("наставни", "курс", "квалификац"), ("teachers_training",)),
    "results": (("огэ", "впр", "гиа", "подготовк"), ("vpr_pass", "oge_maths", "knowledge_quality")),
    "failure_risk": (("неуспеш", "впр", "консульт"), ("risk_pupils", "vpr_pass")),
    "parents": (("родител",), ()),
    "equipment": (("цифров", "оборуд"), ("teachers_online",)),
}
