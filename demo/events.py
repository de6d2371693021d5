"""Demo events: the Dialogue Platform's meetings and an information day in Daugavpils.

Translated texts are (lv, ru, en) tuples.
"""

import datetime as dt

from branches.models import Branch
from core.clock import RIGA
from core.models import Publication
from demo.languages import translated
from events.choices import AttachmentKind, Audience, PlaceKind, RegistrationKind
from events.models import Attachment, Event, Organiser, Series
from topics.models import Topic

ORGANISERS = {
    "safe-house": (
        ("Biedrība „Patvērums „Drošā māja””",
         "Общество «Patvērums „Drošā māja“» («Убежище „Безопасный дом“»)",
         "NGO Shelter “Safe House” (Patvērums “Drošā māja”)"),
        "https://www.integration.lv/",
    ),
    "society-integration-foundation": (
        ("Sabiedrības integrācijas fonds", "Фонд интеграции общества",
         "Society Integration Foundation"),
        "https://www.sif.gov.lv/",
    ),
}  # fmt: skip

DIALOGUE_PLATFORM = {
    "name": ("Dialoga platforma", "Платформа диалога", "Dialogue Platform"),
    "description": (
        "Kopš 2018. gada biedrība „Patvērums „Drošā māja”” aicina kopā valsts iestādes, "
        "pašvaldības, nevalstiskās organizācijas un uzņēmējus, kas strādā ar iebraucēju "
        "integrāciju. Katra tikšanās ir veltīta vienai tēmai, un jebkura organizācija var "
        "ierosināt savu. Partneris kopš 2018. gada ir Informācijas centrs iebraucējiem.",
        "С 2018 года общество «Patvērums „Drošā māja“» собирает государственные учреждения, "
        "самоуправления, неправительственные организации и частный сектор, которые занимаются "
        "интеграцией приезжих. Каждая встреча посвящена одной теме, и любая организация может "
        "предложить свою. Партнёр с 2018 года — Информационный центр для иммигрантов.",
        "Since 2018 Shelter “Safe House” has brought together state institutions, "
        "municipalities, NGOs and private companies that work on the integration of newcomers. "
        "Each meeting is given to one topic, and any organisation may put forward its own. "
        "The Information Centre for Immigrants has been a partner since 2018.",
    ),
}

FIRST_MEETING = {
    "title": ("Dialoga platformas pirmā tikšanās", "Первая встреча Платформы диалога",
              "Dialogue Platform: the first meeting"),
    "topic": ("Iepazīšanās, jaunas iniciatīvas un turpmākie darba virzieni",
              "Знакомство, новые инициативы и направления дальнейшей работы",
              "Getting to know each other, new initiatives and directions of work"),
    "description": (
        "<p>Pirmajā tikšanās reizē dažādu iestāžu pārstāvji iepazinās, pastāstīja par jaunām "
        "iniciatīvām, kas jau notiek vai tiek plānotas, un iezīmēja, ar kādām tēmām platforma "
        "varētu strādāt turpmāk.</p><p>Piedalījās arī remigrācijas koordinatori no Latgales. "
        "Latvijā atgriežas ģimenes, kurās kāds no ģimenes locekļiem ir trešās valsts pilsonis, "
        "un tām visvairāk vajag atbalstu jautājumos par uzturēšanās atļaujām, pilsonības "
        "iegūšanu, latviešu valodas apguvi un bērnu iekļaušanu skolā.</p>",
        "<p>На первой встрече представители разных учреждений познакомились, рассказали о новых "
        "инициативах, которые уже идут или только планируются, и наметили, какими темами "
        "платформа может заниматься дальше.</p><p>Во встрече участвовали и координаторы по "
        "ремиграции из Латгалии. В Латвию возвращаются семьи, в которых один из членов семьи — "
        "гражданин третьей страны, и таким семьям больше всего нужна поддержка с видом на "
        "жительство, получением гражданства, изучением латышского языка и школой для детей.</p>",
        "<p>At the first meeting people from many institutions got to know each other, shared "
        "news of initiatives under way or being planned, and sketched the topics the platform "
        "could take up next.</p><p>Remigration coordinators from Latgale took part too. Families "
        "are coming back to Latvia in which one member is a third-country national, and what "
        "they need most is support with residence permits, acquiring citizenship, learning "
        "Latvian and getting the children settled in school.</p>",
    ),
}  # fmt: skip
MINUTES = ("Tikšanās protokols", "Протокол встречи", "Minutes of the meeting")

# One topic per meeting, every two months through 2027; all on a Tuesday, as the first was.
MEETINGS = [
    ("2027-01-19", "residence-permits",
     ("Uzturēšanās atļaujas", "Вид на жительство", "Residence permits")),
    ("2027-03-16", "citizenship",
     ("Pilsonības iegūšana", "Получение гражданства", "Acquiring citizenship")),
    ("2027-05-18", "learning-latvian",
     ("Latviešu valodas apguve", "Изучение латышского языка", "Learning Latvian")),
    ("2027-07-20", "children-school",
     ("Bērnu iekļaušana skolā", "Дети в школе", "Including children in school")),
    ("2027-09-21", "work", ("Darbs", "Работа", "Work")),
    ("2027-11-16", "health", ("Veselība", "Здоровье", "Health")),
]  # fmt: skip
MEETING_TITLE = ("Dialoga platforma: {}", "Платформа диалога: {}", "Dialogue Platform: {}")
MEETING_DESCRIPTION = (
    "<p>Tikšanās iestādēm un organizācijām, kas palīdz iebraucējiem. Šoreiz tēma ir "
    "„{}”: kas ir mainījies, ar kādām grūtībām cilvēki saskaras un kā mēs varam sadarboties. "
    "Ņemiet līdzi jautājumus, ar kuriem jūsu organizācija sastopas darbā.</p>",
    "<p>Встреча для учреждений и организаций, которые помогают приезжим. На этот раз тема — "
    "«{}»: что изменилось, с какими трудностями сталкиваются люди и как нам работать вместе. "
    "Приносите вопросы, с которыми ваша организация встречается в работе.</p>",
    "<p>A meeting for the institutions and organisations that help newcomers. This time the "
    "topic is “{}”: what has changed, what difficulties people meet and how we can work "
    "together. Bring the questions your organisation comes across in its work.</p>",
)

INFORMATION_DAY = {
    "title": ("Informācijas diena Daugavpilī", "День информации в Даугавпилсе",
              "Information day in Daugavpils"),
    "topic": ("Ar ko var palīdzēt Vienas pieturas aģentūra", "Чем может помочь Агентство единого окна",
              "What the One-Stop Agency can help you with"),
    "description": (
        "<p>Atvērto durvju diena Daugavpils filiālē jaunpienācējiem – trešo valstu pilsoņiem un "
        "starptautiskās aizsardzības saņēmējiem. Konsultantes pastāstīs, kā sagatavot dokumentus "
        "Pilsonības un migrācijas lietu pārvaldei, kur mācīties latviešu valodu un kā saņemt "
        "tulkojumu vai juridisko palīdzību. Runājam latviski, krieviski un angliski; citās "
        "valodās palīdzēs tulks.</p><p>Iepriekš pieteikties nav vajadzīgs.</p>",
        "<p>День открытых дверей в филиале в Даугавпилсе для новоприбывших — граждан третьих "
        "стран и получателей международной защиты. Консультанты расскажут, как подготовить "
        "документы для Управления по делам гражданства и миграции, где учить латышский язык и "
        "как получить перевод или юридическую помощь. Говорим по-латышски, по-русски и "
        "по-английски; с другими языками поможет переводчик.</p><p>Записываться заранее не "
        "нужно.</p>",
        "<p>An open day at the Daugavpils branch for newcomers: third-country nationals and "
        "beneficiaries of international protection. The consultants will explain how to prepare "
        "documents for the Office of Citizenship and Migration Affairs (PMLP), where to learn "
        "Latvian and how to get translation or legal aid. We speak Latvian, Russian and English; "
        "an interpreter helps with other languages.</p><p>No need to register in advance.</p>",
    ),
}  # fmt: skip
NO_ADDRESS = translated(address=("", "", ""))
ONLINE = {
    "place_kind": PlaceKind.ONLINE,
    "branch": None,
    "online_url": "https://meet.example.lv/dialogue-platform",
    **NO_ADDRESS,
}


def _at(day, hour):
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), tzinfo=RIGA)


def _at_branch(slug, fallback):
    """At the branch `slug` when the demo has it, else at the `fallback` place."""
    branch = Branch.objects.filter(slug=slug).first()
    if branch is None:
        return fallback
    return {"place_kind": PlaceKind.BRANCH, "branch": branch, "online_url": "", **NO_ADDRESS}


def _meeting_texts(topic):
    """Title, topic and description of a Dialogue Platform meeting on `topic`."""
    return translated(
        title=[title.format(text) for title, text in zip(MEETING_TITLE, topic, strict=True)],
        topic=topic,
        description=[
            text.format(name) for text, name in zip(MEETING_DESCRIPTION, topic, strict=True)
        ],
    )


def _event(slug, topics, **fields):
    fields.setdefault("publication", Publication.PUBLISHED)
    event, _ = Event.objects.update_or_create(slug=slug, defaults=fields)
    event.topics.set(Topic.objects.filter(slug__in=topics))
    return event


def load():
    """Create or update the demo events, the Dialogue Platform series and its documents."""
    organisers = {
        slug: Organiser.objects.update_or_create(
            slug=slug, defaults={"url": url, **translated(name=name)}
        )[0]
        for slug, (name, url) in ORGANISERS.items()
    }
    series, _ = Series.objects.update_or_create(
        slug="dialogue-platform",
        defaults={"interval_months": 2, **translated(**DIALOGUE_PLATFORM)},
    )
    dialogue = {
        "series": series,
        "organiser": organisers["safe-house"],
        "audience": Audience.INSTITUTIONS,
    }
    first = _event(
        "dialogue-platform-2020-09",
        ["residence-permits", "citizenship", "learning-latvian", "children-school"],
        **dialogue,
        **translated(**FIRST_MEETING),
        start=_at("2020-09-22", 10),
        end=_at("2020-09-22", 12),
        **ONLINE,
        registration_kind=RegistrationKind.NONE,
    )
    Attachment.objects.update_or_create(
        event=first,
        kind=AttachmentKind.MINUTES,
        defaults={
            "url": "https://www.example.lv/dialogue-platform/2020-09-22-minutes",
            **translated(title=MINUTES),
        },
    )
    for day, topic_slug, topic in MEETINGS:
        _event(
            f"dialogue-platform-{day[:7]}",
            [topic_slug],
            **dialogue,
            **_meeting_texts(topic),
            start=_at(day, 10),
            end=_at(day, 12),
            **_at_branch("riga", ONLINE),
            registration_kind=RegistrationKind.FORM,
            capacity=30,
        )
    daugavpils = translated(address=("Daugavpils", "Даугавпилс", "Daugavpils"))
    _event(
        "daugavpils-information-day-2027-02",
        ["residence-permits", "learning-latvian", "translation-legal"],
        **translated(**INFORMATION_DAY),
        series=None,
        organiser=organisers["society-integration-foundation"],
        audience=Audience.NEWCOMERS,
        start=_at("2027-02-04", 11),
        end=_at("2027-02-04", 15),
        **_at_branch(
            "daugavpils",
            {"place_kind": PlaceKind.ADDRESS, "branch": None, "online_url": "", **daugavpils},
        ),
        registration_kind=RegistrationKind.NONE,
    )
