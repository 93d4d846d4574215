"""Russian texts of the programme's links with deficits and joint events (kept apart from
``texts.py`` only so two engineers did not edit one file at once; merge freely)."""

from __future__ import annotations

from app.programme.texts import OVERDUE, STATUSES

__all__ = ["OVERDUE", "STATUSES"]

TASK_LABEL = "Задача {number}. {text}"
ACTIVITY_LABEL = "{title} ({year}) — {status}"
TASK_FROM_DEFICIT = "Устранить дефицит: {text}"
ACTIVITY_FROM_DEFICIT = "Мероприятие по устранению дефицита: {text}"
NO_PROGRAMME = "Сначала создайте программу перехода: задачу некуда добавить."
DEFICIT_NOT_FOUND = "Дефицит не найден."
EVENT_NOT_FOUND = "Совместное мероприятие не найдено."
ACTIVITY_NOT_FOUND = "Мероприятие дорожной карты не найдено."
