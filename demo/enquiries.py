"""Demo consultation requests: a few in each state, from what the seeds say people ask.

Questions are written as people would: in Russian, Ukrainian, English or Latvian. Stored
directly, without e-mails (the addresses are made up); names are invented.
"""

import datetime as dt
import uuid

from django.utils import timezone

from branches.models import Branch
from enquiries.models import Enquiry, Note, Reply
from languages.models import Language
from topics.models import Topic

NAMESPACE = uuid.UUID("6f1c1f55-8a5e-4c1e-9d55-0b5ad3f1e2a1")

# (key, days ago, status, place, topic, answer_by, language, name, email, phone, question)
REQUESTS = [
    ("permit-renewal", 1, "new", "daugavpils", "residence-permits", "email", "ru", "Olga",
     "olga@example.org", "",
     "Здравствуйте! Мой вид на жительство заканчивается через два месяца. Какие документы "
     "нужно подготовить для Управления по делам гражданства и миграции и можно ли получить "
     "консультацию по e-mail?"),
    ("latvian-course", 2, "new", "any", "learning-latvian", "phone", "uk", "Andrii", "",
     "+37120000011",
     "Добрий день! Де в Даугавпілсі можна безкоштовно вивчати латиську мову дорослим? "
     "Я працюю до 17:00."),
    ("family-remigration", 4, "in_progress", "remote", "residence-permits", "email", "en",
     "Maria", "maria@example.org", "",
     "We are moving back to Latvia with my husband, who is not an EU citizen. What does he "
     "need for a residence permit, and can our children start school in September?"),
    ("translation", 6, "in_progress", "riga", "translation-legal", "appointment", "ar", "",
     "", "+37120000012",
     "I need my marriage certificate translated into Latvian and legal advice about my "
     "work contract. I speak Arabic."),
    ("citizenship", 12, "answered", "liepaja", "citizenship", "email", "lv", "Ivan",
     "ivan@example.org", "",
     "Labdien! Esmu dzīvojis Latvijā astoņus gadus. Kādi ir nosacījumi pilsonības iegūšanai "
     "naturalizācijas kārtībā?"),
    ("school", 20, "answered", "jelgava", "children-school", "phone", "ru", "Natalia", "",
     "+37120000013",
     "Как записать ребёнка в школу в Елгаве, если он пока не говорит по-латышски?"),
    ("psychologist", 40, "closed", "daugavpils", "health", "email", "uk", "Oksana",
     "oksana@example.org", "",
     "Чи є у вас консультації психолога українською чи російською мовою?"),
    ("work-permit", 60, "closed", "riga", "work", "email", "en", "", "sam@example.org", "",
     "Can I change employers while my residence permit is tied to my current job?"),
]  # fmt: skip

NOTES = {
    "family-remigration": "Sazinājos ar remigrācijas koordinatoru Latgalē; gaidām atbildi.",
    "translation": "Vajadzīgs arābu valodas tulks; tiksimies pēc tulka apstiprinājuma.",
    "school": "Atbildēts pa tālruni 10 minūtēs; nosūtīju arī skolas kontaktus.",
}
REPLIES = {
    "citizenship": (
        "Labdien! Naturalizācijas kārtībā pilsonību var iegūt pēc vismaz pieciem gadiem ar "
        "pastāvīgās uzturēšanās atļauju. Vajadzīgs arī latviešu valodas, Satversmes, himnas un "
        "vēstures pārbaudījums. Ar dokumentu sagatavošanu Pilsonības un migrācijas lietu "
        "pārvaldei varam palīdzēt Liepājas filiālē; pierakstieties pa tālruni."
    ),
    "psychologist": (
        "Доброго дня! Консультації психолога та психотерапевта ми плануємо запровадити "
        "найближчим часом. Ми повідомимо вас, щойно вони почнуться; тим часом консультанти "
        "підкажуть, куди звернутися."
    ),
    "work-permit": (
        "Hello! A residence permit for employment is tied to the employer who invited you. "
        "To change employers, the new employer registers a vacancy and you apply to the Office "
        "of Citizenship and Migration Affairs (PMLP). Our consultants can help you prepare the "
        "documents."
    ),
}


def load():
    """Create or update the demo requests (idempotent: fixed tokens)."""
    now = timezone.now()
    branches = Branch.objects.in_bulk(field_name="slug")
    topics = Topic.objects.in_bulk(field_name="slug")
    languages = Language.objects.in_bulk(field_name="code")
    for position, row in enumerate(REQUESTS, start=1):
        key, days, status, place, topic, answer_by, code, name, email, phone, question = row
        received = now - dt.timedelta(days=days)
        enquiry, _ = Enquiry.objects.update_or_create(
            token=uuid.uuid5(NAMESPACE, key),
            defaults={
                "reference": f"DEMO-{position:03d}",
                "question": question,
                "topic": topics.get(topic),
                "where": place if place in ("any", "remote") else "branch",
                "branch": branches.get(place),
                "answer_by": answer_by,
                "answer_language": languages[code],
                "name": name,
                "email": email,
                "phone": phone,
                "page_language": code if code in ("lv", "ru", "en") else "ru",
                "consent_at": received,
                "status": status,
                "closed_at": received + dt.timedelta(days=5) if status == "closed" else None,
            },
        )
        Enquiry.objects.filter(pk=enquiry.pk).update(created_at=received)
        if key in NOTES:
            Note.objects.get_or_create(enquiry=enquiry, text=NOTES[key])
        if key in REPLIES:
            Reply.objects.get_or_create(enquiry=enquiry, body=REPLIES[key])
