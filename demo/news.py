"""Demo news: the Daugavpils branch, the Dialogue Platform, psychologists and a scheduled post.

Translated texts are (lv, ru, en) tuples. Topics, branches and services are linked by slug
when their demo content has been loaded; a missing one is simply left out.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from branches.models import Branch
from demo.languages import translated
from news.models import Category, Post, Status
from services.models import Service
from topics.models import Topic

RIGA = ZoneInfo("Europe/Riga")

CATEGORIES = [
    ("agency-news", ("Aģentūras jaunumi", "Новости агентства", "Agency news")),
    ("integration-events", ("Integrācijas pasākumi", "Интеграционные мероприятия", "Integration events")),
]  # fmt: skip

POSTS = [
    {
        "slug": "dialogue-platform-continues",
        "publish_at": dt.datetime(2020, 9, 15, 10, 0, tzinfo=RIGA),
        "categories": ("integration-events",),
        "topics": ("residence-permits", "citizenship", "learning-latvian", "children-school"),
        "branches": (),
        "services": (),
        "title": ("Dialoga platforma turpina darbu", "Платформа диалога продолжает работу",
                  "The Dialogue Platform carries on"),
        "lead": (
            "Valsts iestādes, pašvaldības, biedrības un uzņēmēji atkal tiksies, lai runātu par "
            "jaunpienācēju iekļaušanos. Nākamā tikšanās ir 22. septembrī.",
            "Государственные учреждения, самоуправления, общества и предприниматели снова "
            "встретятся, чтобы поговорить об интеграции новоприбывших. Следующая встреча — "
            "22 сентября.",
            "State institutions, municipalities, NGOs and businesses meet again to talk about "
            "how newcomers settle in. The next meeting is on 22 September.",
        ),
        "body": (
            "<p>Dialoga platformu kopš 2018. gada vada biedrība „Patvērums „Drošā māja””. Tā "
            "pulcē visus, kas strādā ar jaunpienācēju iekļaušanu sabiedrībā.</p>"
            "<p>Tikšanās notiks <strong>2020. gada 22. septembrī no 10.00 līdz 12.00</strong>. "
            "Turpmāk platforma tiksies reizi divos mēnešos, un katra tikšanās būs veltīta vienai "
            "tēmai.</p><p>Piedalās arī Latgales remigrācijas koordinatori. Viņi stāsta, ka "
            "ģimenēm, kuras atgriežas Latvijā kopā ar trešo valstu pilsoni, visbiežāk vajag "
            "atbalstu šajos jautājumos:</p><ul><li>uzturēšanās atļaujas;</li><li>pilsonības "
            "iegūšana;</li><li>latviešu valodas apguve;</li><li>bērnu iekļaušana skolā.</li>"
            "</ul><p>Organizācijas aicinātas pievienoties un ierosināt savas tēmas.</p>",
            "<p>Платформу диалога с 2018 года ведёт общество «Patvērums „Drošā māja“» "
            "(«Убежище „Безопасный дом“»). Она объединяет всех, кто занимается интеграцией "
            "новоприбывших.</p><p>Встреча пройдёт <strong>22 сентября 2020 года с 10:00 до "
            "12:00</strong>. Дальше платформа будет собираться раз в два месяца, и каждая "
            "встреча будет посвящена одной теме.</p><p>В работе участвуют и координаторы "
            "ремиграции из Латгалии. По их словам, семьям, которые возвращаются в Латвию вместе "
            "с гражданином третьей страны, чаще всего нужна поддержка в таких вопросах:</p><ul>"
            "<li>вид на жительство;</li><li>получение гражданства;</li><li>изучение латышского "
            "языка;</li><li>устройство детей в школу.</li></ul><p>Приглашаем организации "
            "присоединиться и предложить свои темы.</p>",
            "<p>Since 2018 the Dialogue Platform has been run by the NGO “Patvērums ‘Drošā "
            "māja’” (Shelter “Safe House”). It brings together everyone who works on helping "
            "newcomers become part of society.</p><p>The meeting takes place on <strong>22 "
            "September 2020, 10:00 to 12:00</strong>. From then on the platform meets every two "
            "months, each time on a single topic.</p><p>Remigration coordinators from Latgale "
            "take part too. Families returning to Latvia with a member from a third country, "
            "they say, most often need support with:</p><ul><li>residence permits;</li><li>"
            "acquiring citizenship;</li><li>learning Latvian;</li><li>getting children into "
            "school.</li></ul><p>Organisations are welcome to join and to bring their own "
            "topics.</p>",
        ),
    },
    {
        "slug": "daugavpils-branch-opens",
        "publish_at": dt.datetime(2020, 11, 12, 9, 0, tzinfo=RIGA),
        "categories": ("agency-news", "integration-events"),
        "topics": ("residence-permits", "learning-latvian", "translation-legal"),
        "branches": ("daugavpils",),
        "services": ("individual-consultations", "translation", "legal-aid"),
        "title": ("Daugavpilī atvērta aģentūras filiāle", "В Даугавпилсе открылся филиал агентства",
                  "The agency opens a branch in Daugavpils"),
        "lead": (
            "Trešā reģionālā filiāle ir Latvijas otrajā lielākajā pilsētā. Divas konsultantes "
            "palīdz latviešu, krievu un angļu valodā.",
            "Третий региональный филиал работает во втором по величине городе Латвии. Два "
            "консультанта помогают на латышском, русском и английском языках.",
            "Our third regional branch is in Latvia's second largest city. Two consultants help "
            "in Latvian, Russian and English.",
        ),
        "body": (
            "<p>Vienas pieturas aģentūra ārzemniekiem, ko vada Sabiedrības integrācijas fonds, "
            "pēc Rīgas, Liepājas un Jelgavas atver filiāli arī Daugavpilī.</p><p>Katru darba "
            "dienu šeit strādā divas konsultantes. Ja jūs nerunājat latviski, krieviski vai "
            "angliski, mēs pieaicināsim tulku.</p><p>Atklāšanas pasākumā piedalījās biedrības, "
            "pašvaldības iestādes un augstskolu pārstāvji. Pašvaldību darbinieki bieži ir pirmie, "
            "pie kuriem jaunpienācēji vēršas pēc palīdzības.</p>",
            "<p>Агентство единого окна для иностранцев, которым руководит Фонд интеграции "
            "общества, после Риги, Лиепаи и Елгавы открывает филиал и в Даугавпилсе.</p><p>"
            "Каждый рабочий день здесь работают два консультанта. Если вы не говорите "
            "по-латышски, по-русски или по-английски, мы пригласим переводчика.</p><p>На "
            "открытии собрались общественные организации, муниципальные учреждения и "
            "представители вузов. Сотрудники самоуправлений часто первыми встречают "
            "новоприбывших, когда те ищут помощь.</p>",
            "<p>The One-Stop Agency for foreigners, run by the Society Integration Foundation, "
            "now has a branch in Daugavpils as well as in Riga, Liepāja and Jelgava.</p><p>Two "
            "consultants work here every weekday. If you do not speak Latvian, Russian or "
            "English, we will bring in an interpreter.</p><p>The opening brought together NGOs, "
            "municipal institutions and people from universities. Municipal staff are often the "
            "first people newcomers turn to for help.</p>",
        ),
    },
    {
        "slug": "psychologist-consultations-planned",
        "publish_at": dt.datetime(2026, 11, 20, 10, 0, tzinfo=RIGA),
        "categories": ("agency-news",),
        "topics": ("health", "social-support"),
        "branches": (),
        "services": ("psychologist", "psychotherapist"),
        "title": ("Drīzumā: psihologa konsultācijas", "Скоро: консультации психолога",
                  "Coming soon: talks with a psychologist"),
        "lead": (
            "Aģentūra gatavojas piedāvāt psihologa un psihoterapeita konsultācijas.",
            "Агентство готовится предложить консультации психолога и психотерапевта.",
            "The agency is preparing to offer consultations with a psychologist and a "
            "psychotherapist.",
        ),
        "body": (
            "<p>Līdzās individuālajām konsultācijām, tulkošanai un juridiskajai palīdzībai "
            "drīzumā būs pieejams arī psihologs un psihoterapeits.</p><p>Pakalpojums vēl nav "
            "sācies. Jautājiet konsultantam, kad varēsiet pieteikties.</p>",
            "<p>Помимо индивидуальных консультаций, перевода и юридической помощи, скоро можно "
            "будет обратиться к психологу и психотерапевту.</p><p>Услуга пока не "
            "предоставляется. Спросите консультанта, когда можно будет записаться.</p>",
            "<p>Besides one-to-one consultations, translation and legal aid, you will soon be "
            "able to see a psychologist or a psychotherapist.</p><p>The service has not started "
            "yet. Ask a consultant when you can sign up.</p>",
        ),
    },
    {
        "slug": "staff-training-days-2027",
        "status": Status.SCHEDULED,
        "publish_at": dt.datetime(2027, 1, 15, 9, 0, tzinfo=RIGA),
        "categories": ("agency-news",),
        "topics": (),
        "branches": ("riga", "daugavpils", "liepaja", "jelgava"),
        "services": (),
        "title": ("Filiāļu darbinieku mācību dienas", "Дни обучения сотрудников филиалов",
                  "Staff training days at our branches"),
        "lead": (
            "Janvārī un februārī katra filiāle vienu dienu būs slēgta darbinieku mācību dēļ.",
            "В январе и феврале каждый филиал будет закрыт на один день из-за обучения "
            "сотрудников.",
            "In January and February each branch closes for one day while its staff train.",
        ),
        "body": (
            "<ul><li>Rīga: 22. janvāris;</li><li>Daugavpils: 27. janvāris;</li><li>Liepāja: "
            "10. februāris;</li><li>Jelgava: 18. februāris.</li></ul><p>Citās dienās "
            "filiāles strādā kā parasti.</p>",
            "<ul><li>Рига: 22 января;</li><li>Даугавпилс: 27 января;</li><li>Лиепая: "
            "10 февраля;</li><li>Елгава: 18 февраля.</li></ul><p>В остальные дни филиалы "
            "работают как обычно.</p>",
            "<ul><li>Riga: 22 January;</li><li>Daugavpils: 27 January;</li><li>Liepāja: "
            "10 February;</li><li>Jelgava: 18 February.</li></ul><p>On other days the branches "
            "are open as usual.</p>",
        ),
    },
]  # fmt: skip


def load():
    """Create or update the demo news posts and their categories."""
    categories = {}
    for position, (slug, name) in enumerate(CATEGORIES):
        categories[slug], _ = Category.objects.update_or_create(
            slug=slug, defaults={"position": position, **translated(name=name)}
        )
    for data in POSTS:
        post, _ = Post.objects.update_or_create(
            slug=data["slug"],
            defaults={
                **translated(**{key: data[key] for key in ("title", "lead", "body")}),
                "status": data.get("status", Status.PUBLISHED),
                "publish_at": data["publish_at"],
            },
        )
        post.categories.set([categories[slug] for slug in data["categories"]])
        post.topics.set(Topic.objects.filter(slug__in=data["topics"]))
        post.branches.set(Branch.objects.filter(slug__in=data["branches"]))
        post.services.set(Service.objects.filter(slug__in=data["services"]))
