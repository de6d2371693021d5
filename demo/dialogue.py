"""The Dialogue Platform's member organisations and its past meetings with their minutes.

From the seed article: the platform, run by Shelter "Safe House" since 2018, meets every
two months on one topic; remigration coordinators from Latgale and the Information Centre
for Immigrants take part. The 2026 meetings and their minutes are demo content; the minutes
links are placeholders. Translated texts are (lv, ru, en) tuples.
"""

import datetime as dt

from core.clock import RIGA
from core.models import Publication
from demo.languages import translated
from dialogue.models import Member
from events.choices import AttachmentKind, Audience, PlaceKind, RegistrationKind
from events.models import Attachment, Event, Organiser, Series

MEMBERS = [
    ("Biedrība „Patvērums „Drošā māja””", "Общество «Patvērums „Drošā māja“»",
     "Shelter “Safe House” (Patvērums “Drošā māja”)", "ngo", 2018, "https://www.integration.lv/"),
    ("Informācijas centrs iebraucējiem", "Информационный центр для иммигрантов",
     "Information Centre for Immigrants", "ngo", 2018, "https://www.integration.lv/"),
    ("Sabiedrības integrācijas fonds", "Фонд интеграции общества",
     "Society Integration Foundation", "state", 2020, "https://www.sif.gov.lv/"),
    ("Latgales remigrācijas koordinatori", "Координаторы по ремиграции Латгалии",
     "Remigration coordinators of Latgale", "municipality", 2020, ""),
    ("Daugavpils pašvaldības iestādes", "Учреждения самоуправления Даугавпилса",
     "Daugavpils municipal institutions", "municipality", 2024, ""),
]  # fmt: skip

# (date, topic) of the meetings held in 2026, every two months.
PAST_MEETINGS = [
    ("2026-03-17", ("Ģimenes, kas atgriežas Latvijā", "Семьи, возвращающиеся в Латвию",
                    "Families returning to Latvia")),
    ("2026-05-19", ("Uzturēšanās atļaujas ģimenes locekļiem", "Вид на жительство для членов семьи",
                    "Residence permits for family members")),
    ("2026-07-21", ("Latviešu valoda pieaugušajiem", "Латышский язык для взрослых",
                    "Latvian for adults")),
    ("2026-09-15", ("Pašvaldību darbinieki kā pirmais kontakts",
                    "Сотрудники самоуправлений как первый контакт",
                    "Municipal staff as the first contact")),
]  # fmt: skip
TITLE = ("Dialoga platforma: {}", "Платформа диалога: {}", "Dialogue Platform: {}")
DESCRIPTION = (
    "<p>Tikšanās tēma: „{}”. Dalībnieki apmainījās ar pieredzi un vienojās par nākamajiem "
    "soļiem; kopsavilkums ir protokolā.</p>",
    "<p>Тема встречи: «{}». Участники обменялись опытом и договорились о следующих шагах; "
    "итоги — в протоколе.</p>",
    "<p>The topic of the meeting: “{}”. Participants shared their experience and agreed on "
    "the next steps; the summary is in the minutes.</p>",
)
MINUTES = ("Tikšanās protokols", "Протокол встречи", "Minutes of the meeting")


def _at(day, hour):
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), tzinfo=RIGA)


def load():
    """Create or update the members and the 2026 meetings with their minutes (idempotent)."""
    for position, (lv, ru, en, kind, since, url) in enumerate(MEMBERS):
        Member.objects.update_or_create(
            name_lv=lv,
            defaults={
                "name_ru": ru,
                "name_en": en,
                "kind": kind,
                "since": since,
                "url": url,
                "position": position,
            },
        )
    series = Series.objects.filter(slug="dialogue-platform").first()
    organiser = Organiser.objects.filter(slug="safe-house").first()
    if series is None:
        return
    for day, topic in PAST_MEETINGS:
        title = [pattern.format(text) for pattern, text in zip(TITLE, topic, strict=True)]
        description = [
            pattern.format(text) for pattern, text in zip(DESCRIPTION, topic, strict=True)
        ]
        event, _ = Event.objects.update_or_create(
            slug=f"dialogue-platform-{day[:7]}",
            defaults={
                "series": series,
                "organiser": organiser,
                "audience": Audience.INSTITUTIONS,
                "start": _at(day, 10),
                "end": _at(day, 12),
                "place_kind": PlaceKind.ONLINE,
                "branch": None,
                "online_url": "https://meet.example.lv/dialogue-platform",
                "registration_kind": RegistrationKind.NONE,
                "publication": Publication.PUBLISHED,
                **translated(title=title, topic=topic, description=description),
                **translated(address=("", "", "")),
            },
        )
        Attachment.objects.update_or_create(
            event=event,
            kind=AttachmentKind.MINUTES,
            defaults={
                "url": f"https://www.example.lv/dialogue-platform/{day}-minutes",
                **translated(title=MINUTES),
            },
        )
