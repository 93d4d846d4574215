"""The demo school: invented names, modelled on the rural schools of seeds 000–001."""

from __future__ import annotations

from app.installation import SchoolInfo

DEMO_SCHOOL = SchoolInfo(
    full_name=(
        "Муниципальное общеобразовательное учреждение "
        "«Берёзовская основная школа» Заречного муниципального района"
    ),
    short_name="Берёзовская ОШ",
    municipality="Заречный муниципальный район",
    address="152310, Ярославская обл., Заречный р-н, с. Берёзовка, ул. Школьная, д. 3",
    director="Ковалёва Ирина Петровна",
    phone="+7 (48533) 4-12-07",
    email="berezovka-school@example.ru",
    is_rural=True,
    is_small=True,
    low_results=True,
    hard_social_conditions=True,
    pupils=74,
    teachers=14,
    classes=9,
)

# The leader school the demo school partners with (filled by the partnership issue).
DEMO_LEADER_SCHOOL = "МОУ «Заречная гимназия № 2»"

# The demo school's staff (invented), one roster for the roadmap, the support plan and the
# self-assessment team: short name -> post.
STAFF: dict[str, str] = {
    "Ковалёва И. П.": "директор",
    "Смирнов П. А.": "заместитель директора по УВР",
    "Орлова М. Ю.": "заместитель директора по ВР",
    "Егорова А. С.": "руководитель ШМО",
    "Лаптева О. Н.": "педагог-психолог",
    "Белова Т. С.": "учитель математики",
    "Ершова Т. Н.": "учитель русского языка",
    "Тихонов Д. С.": "учитель информатики",
    "Павлов Д. С.": "учитель истории",
    "Беляев С. Н.": "заместитель директора по АХЧ",
}
