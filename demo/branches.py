"""Demo branches: Rīga, Liepāja, Jelgava and Daugavpils, with hours and a closure each.

Addresses in Rīga and Daugavpils, phone numbers and e-mail addresses are made up.
"""

import datetime as dt
from decimal import Decimal

from branches.models import Branch, Closure, OpeningInterval
from demo.languages import translated
from languages.models import Language

DESK_LANGUAGES = ("lv", "ru", "en")
MON_THU, MON_FRI = (0, 1, 2, 3), (0, 1, 2, 3, 4)
TRAINING_DAY = ("Darbinieku mācību diena", "День обучения сотрудников", "Staff training day")

# Translated texts are (lv, ru, en) tuples; "hours" rows are
# (weekdays, opens, closes, by appointment only); "closure" is a one-day closure.
BRANCHES = [
    {
        "slug": "riga",
        "name": ("Rīgas filiāle", "Филиал в Риге", "Riga branch"),
        "city": ("Rīga", "Рига", "Riga"),
        "street_address": "Krišjāņa Barona iela 12",
        "postcode": "LV-1050",
        "latitude": "56.95270",
        "longitude": "24.12030",
        "phone": "+371 67000101",
        "step_free_access": True,
        "description": (
            "Aģentūras lielākā filiāle, Rīgas centrā. Šeit strādā konsultanti, "
            "sociālie darbinieki, mentori un jurists.",
            "Самый большой филиал агентства, в центре Риги. Здесь работают консультанты, "
            "социальные работники, наставники и юрист.",
            "The agency's largest branch, in the centre of Riga. Consultants, social workers, "
            "mentors and a lawyer work here.",
        ),
        "accessibility_notes": (
            "Birojs ir otrajā stāvā, uz to var nokļūt ar liftu.",
            "Офис на втором этаже, туда можно подняться на лифте.",
            "The office is one floor up, and a lift goes there.",
        ),
        "hours": [(MON_THU, "09:00", "17:00", False), ((4,), "09:00", "15:00", False)],
        "closure": "2027-01-22",
    },
    {
        "slug": "liepaja",
        "name": ("Liepājas filiāle", "Филиал в Лиепае", "Liepāja branch"),
        "city": ("Liepāja", "Лиепая", "Liepāja"),
        "street_address": "Rožu iela 6",
        "postcode": "LV-3401",
        "latitude": "56.50900",
        "longitude": "21.01300",
        "phone": "+371 63400102",
        "step_free_access": False,
        "description": (
            "Filiāle Kurzemē, Liepājas centrā, netālu no Rožu laukuma. Katru dienu ir "
            "pusdienu pārtraukums.",
            "Филиал в Курземе, в центре Лиепаи, недалеко от Розовой площади. Каждый день "
            "бывает обеденный перерыв.",
            "Our branch in Kurzeme, in the centre of Liepāja, near Rose Square (Rožu laukums). "
            "It closes for lunch every day.",
        ),
        "accessibility_notes": (
            "Pie ieejas ir trīs pakāpieni. Piezvaniet iepriekš, un mēs vienosimies par "
            "tikšanos vietā, kur var iekļūt bez pakāpieniem.",
            "У входа три ступеньки. Позвоните заранее, и мы договоримся о встрече там, куда "
            "можно попасть без ступенек.",
            "There are three steps at the entrance. Call us first and we will arrange to meet "
            "you somewhere you can reach without steps.",
        ),
        "hours": [
            (MON_FRI, "09:00", "12:30", False),
            (MON_THU, "13:00", "17:00", False),
            ((4,), "13:00", "16:00", False),
        ],
        "closure": "2027-02-10",
    },
    {
        "slug": "jelgava",
        "name": ("Jelgavas filiāle", "Филиал в Елгаве", "Jelgava branch"),
        "city": ("Jelgava", "Елгава", "Jelgava"),
        "street_address": "Skolotāju iela 8",
        "postcode": "LV-3001",
        "latitude": "56.65030",
        "longitude": "23.72470",
        "phone": "+371 63000103",
        "step_free_access": True,
        "description": (
            "Filiāle Zemgalē, Jelgavas centrā. Piektdienās pieņemam tikai tos, kuri ir "
            "iepriekš pierakstījušies.",
            "Филиал в Земгале, в центре Елгавы. По пятницам принимаем только по "
            "предварительной записи.",
            "Our branch in Zemgale, in the centre of Jelgava. On Fridays we only see visitors "
            "who have booked a time.",
        ),
        "accessibility_notes": (
            "Ieeja no pagalma puses. Visas telpas ir pirmajā stāvā.",
            "Вход со стороны двора. Все помещения на первом этаже.",
            "The entrance is from the courtyard. All rooms are on the ground floor.",
        ),
        "hours": [
            ((0, 1, 3), "09:00", "17:00", False),
            ((2,), "10:00", "18:00", False),
            ((4,), "09:00", "13:00", True),
        ],
        "closure": "2027-02-18",
    },
    {
        "slug": "daugavpils",
        "name": ("Daugavpils filiāle", "Филиал в Даугавпилсе", "Daugavpils branch"),
        "city": ("Daugavpils", "Даугавпилс", "Daugavpils"),
        "street_address": "Rīgas iela 28",
        "postcode": "LV-5401",
        "latitude": "55.87200",
        "longitude": "26.51650",
        "phone": "+371 65400104",
        "step_free_access": False,
        "description": (
            "Trešā reģionālā filiāle, nesen atvērta Daugavpilī, Latvijas otrajā lielākajā "
            "pilsētā. Katru darba dienu šeit strādā divas konsultantes, kas runā latviski, "
            "krieviski un angliski. Citās valodās palīdz tulks.",
            "Третий региональный филиал, недавно открытый в Даугавпилсе, втором по величине "
            "городе Латвии. Каждый рабочий день здесь работают два консультанта, которые говорят "
            "на латышском, русском и английском языках. Для других языков приглашаем "
            "переводчика.",
            "The third regional branch, recently opened in Daugavpils, Latvia's second largest "
            "city. Two consultants work here every weekday, in Latvian, Russian and English. "
            "For other languages we bring in an interpreter.",
        ),
        "accessibility_notes": (
            "Birojs ir otrajā stāvā, lifta nav. Ja jums ir grūti kāpt pa kāpnēm, piezvaniet, "
            "un mēs vienosimies par tikšanos pirmajā stāvā.",
            "Офис на втором этаже, лифта нет. Если вам трудно подниматься по лестнице, "
            "позвоните, и мы договоримся о встрече на первом этаже.",
            "The office is one floor up and there is no lift. If stairs are hard for you, "
            "call us and we will meet you on the ground floor.",
        ),
        "hours": [(MON_FRI, "09:00", "17:00", False)],
        "closure": "2027-01-27",
    },
]


def load():
    """Create or update the four branches with their hours and closures."""
    desk_languages = Language.objects.filter(code__in=DESK_LANGUAGES)
    for position, data in enumerate(BRANCHES):
        data = dict(data)
        slug, hours, closure = data.pop("slug"), data.pop("hours"), data.pop("closure")
        texts = {key: data.pop(key) for key in ("name", "city", "description")}
        texts["accessibility_notes"] = data.pop("accessibility_notes")
        branch, _ = Branch.objects.update_or_create(
            slug=slug,
            defaults={
                **data,
                **translated(**texts),
                "latitude": Decimal(data["latitude"]),
                "longitude": Decimal(data["longitude"]),
                "email": f"{slug}@example.lv",
                "interpreter_available": True,
                "is_active": True,
                "position": position,
            },
        )
        branch.languages.set(desk_languages)
        for weekdays, opens, closes, by_appointment in hours:
            for weekday in weekdays:
                OpeningInterval.objects.update_or_create(
                    branch=branch,
                    weekday=weekday,
                    opens=dt.time.fromisoformat(opens),
                    defaults={
                        "closes": dt.time.fromisoformat(closes),
                        "by_appointment": by_appointment,
                    },
                )
        day = dt.date.fromisoformat(closure)
        Closure.objects.update_or_create(
            branch=branch,
            start_date=day,
            defaults={"end_date": day, **translated(reason=TRAINING_DAY)},
        )
