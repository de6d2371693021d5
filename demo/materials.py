"""Demo information materials: leaflets as tiny real PDFs, guides as outside links.

Translated texts are (lv, ru, en) tuples.
"""

import datetime as dt

from django.core.files.base import ContentFile

from core.models import Publication
from demo.languages import translated
from languages.models import Language
from materials.models import Material
from topics.models import Topic

SIF = (
    "Sabiedrības integrācijas fonds",
    "Фонд интеграции общества",
    "Society Integration Foundation",
)
SAFE_HOUSE = ("Biedrība „Patvērums „Drošā māja””", "Общество «Patvērums „Drošā māja“» («Убежище „Безопасный дом“»)",
              "NGO “Patvērums ‘Drošā māja’” (Shelter “Safe House”)")  # fmt: skip

MATERIALS = [
    {
        "slug": "agency-services-leaflet",
        "title": ("Aģentūras pakalpojumi: informatīvā lapa", "Услуги агентства: информационный листок",
                  "The agency's services: a leaflet"),
        "summary": ("Ko piedāvā Vienas pieturas aģentūra: konsultācijas, tulkošana vairāk nekā 24 valodās un juridiskā palīdzība.",
                    "Что предлагает Агентство единого окна: консультации, перевод более чем на 24 языка и юридическая помощь.",
                    "What the One-Stop Agency offers: consultations, translation in more than 24 languages and legal aid."),
        "publisher": SIF,
        "pdf": "One-Stop Agency for foreigners: consultations, translation, legal aid",
        "languages": ("lv", "ru", "en", "uk", "ar"),
        "topics": ("translation-legal", "residence-permits", "social-support"),
        "published_on": dt.date(2026, 10, 1),
    },
    {
        "slug": "first-steps-in-latvia",
        "title": ("Pirmie soļi Latvijā", "Первые шаги в Латвии", "First steps in Latvia"),
        "summary": ("Ceļvedis jaunpienācējiem: dokumenti, dzīvesvieta, darbs un veselības aprūpe pirmajos mēnešos.",
                    "Путеводитель для новоприбывших: документы, жильё, работа и здравоохранение в первые месяцы.",
                    "A guide for newcomers: documents, housing, work and health care in the first months."),
        "url": "https://www.example.lv/first-steps-in-latvia",
        "languages": ("lv", "ru", "en"),
        "topics": ("residence-permits", "housing", "work", "health"),
        "published_on": dt.date(2026, 9, 15),
    },
    {
        "slug": "latvian-language-courses",
        "title": ("Latviešu valodas kursi", "Курсы латышского языка", "Latvian language courses"),
        "summary": ("Kursi pieaugušajiem un bērniem: kur un kā pieteikties, lai apgūtu latviešu valodu.",
                    "Курсы для взрослых и детей: где и как записаться, чтобы выучить латышский язык.",
                    "Courses for adults and children: where and how to sign up to learn Latvian."),
        "url": "https://courses.example.lv/latvian",
        "languages": ("lv", "en", "ru"),
        "topics": ("learning-latvian", "children-school"),
        "published_on": dt.date(2026, 8, 20),
    },
    {
        "slug": "residence-permit-checklist",
        "title": ("Uzturēšanās atļauja: dokumentu kontrolsaraksts", "Вид на жительство: список документов",
                  "Residence permit: a checklist of documents"),
        "summary": ("Kas jāsagatavo pirms iesniegšanas Pilsonības un migrācijas lietu pārvaldē (PMLP).",
                    "Что подготовить перед подачей в Управление по делам гражданства и миграции (PMLP).",
                    "What to prepare before you apply to the Office of Citizenship and Migration Affairs (PMLP)."),
        "publisher": SIF,
        "pdf": "Residence permit: documents to prepare for the PMLP",
        "languages": ("lv", "ru", "en", "uk"),
        "topics": ("residence-permits", "citizenship"),
        "published_on": dt.date(2026, 7, 1),
    },
    {
        "slug": "dialogue-platform-leaflet",
        "title": ("Dialoga platforma: informatīvā lapa", "Платформа диалога: информационный листок",
                  "The Dialogue Platform: a leaflet"),
        "summary": ("Kā valsts iestādes, pašvaldības, nevalstiskās organizācijas un uzņēmumi kopš 2018. gada "
                    "kopā strādā pie jaunpienācēju iekļaušanas un kā pievienoties.",
                    "Как государственные учреждения, самоуправления, НКО и бизнес с 2018 года вместе "
                    "работают над интеграцией новоприбывших и как присоединиться.",
                    "How state institutions, municipalities, NGOs and businesses have worked together "
                    "since 2018 on the integration of newcomers, and how to join."),
        "publisher": SAFE_HOUSE,
        "pdf": "The Dialogue Platform: a meeting every two months, one topic each",
        "languages": ("lv", "en"),
        "topics": ("residence-permits", "citizenship", "learning-latvian", "children-school"),
        "published_on": dt.date(2026, 6, 10),
    },
]  # fmt: skip


def tiny_pdf(text):
    """A valid one-page PDF showing `text` (ASCII) in Helvetica, well under a kilobyte."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = b"BT /F1 12 Tf 56 780 Td (%s) Tj ET" % escaped.encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


def load():
    """Create or update the demo information materials."""
    for data in MATERIALS:
        texts = {key: data[key] for key in ("title", "summary", "publisher") if key in data}
        defaults = {
            **translated(**texts),
            "url": data.get("url", ""),
            "published_on": data["published_on"],
            "publication": Publication.PUBLISHED,
        }
        create_defaults = dict(defaults)
        if "pdf" in data:
            # Only a new material gets its file: a second run keeps the stored one.
            create_defaults["file"] = ContentFile(tiny_pdf(data["pdf"]), name=f"{data['slug']}.pdf")
        material, _ = Material.objects.update_or_create(
            slug=data["slug"], defaults=defaults, create_defaults=create_defaults
        )
        material.languages.set(Language.objects.filter(code__in=data["languages"]))
        material.topics.set(Topic.objects.filter(slug__in=data["topics"]))
