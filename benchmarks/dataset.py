"""The large catalogue of issue 13, for `make bench` and benchmarks/search_speed.py.

    DATABASE_URL=... DJANGO_SETTINGS_MODULE=... .venv/bin/python -m benchmarks.dataset [--keep-demo]

The demo (synonyms, languages, topics, categories, demo items) and on top of it 10,000 news
posts, 300 events, 1,000 materials, 50 branches and 200 services, each in Latvian, Russian
and English, bulk-inserted. Every text, link and choice comes from one seeded random
generator; dates count from the day of the run (midnight, Riga time), so that the newest post
is always today's and half the events are always ahead. Every item is published and linked to
one or two topics; offers name their ways and languages, so filters and topic pages find them.
What saving one by one would have built is built after: the search documents
(rebuild_search_index), the planner's statistics and the visibility map (VACUUM ANALYZE).

Texts mix topic words (legal aid, residence permit...) into a long tail of made-up words, as
real news does; `dense=True` draws every word from the topics, so every query matches almost
all.
"""

import datetime as dt
import random
import subprocess
import sys
import tempfile
from pathlib import Path

SIZES = {"posts": 10_000, "events": 300, "materials": 1_000, "branches": 50, "services": 200}
WORDS = {
    "lv": "jauna filiāle atvērta konsultācijas tulkošana juridiskā palīdzība uzturēšanās atļauja "
    "latviešu valoda kursi darbs mājoklis veselība skola bērni sociālais atbalsts mentors "
    "informācija pasākums tikšanās dialoga platforma iedzīvotāji pašvaldība iestāde",
    "ru": "новый филиал открыт консультации перевод юридическая помощь вид на жительство "
    "латышский язык курсы работа жильё здоровье школа дети социальная поддержка наставник "
    "информация мероприятие встреча платформа диалога жители самоуправление учреждение",
    "en": "new branch opened consultations translation legal aid residence permit Latvian "
    "language courses work housing health school children social support mentor information "
    "event meeting dialogue platform residents municipality institution",
}
PLACES = {
    "lv": ["Rīga", "Liepāja", "Jelgava", "Daugavpils", "Ventspils", "Rēzekne", "Valmiera"],
    "ru": ["Рига", "Лиепая", "Елгава", "Даугавпилс", "Вентспилс", "Резекне", "Валмиера"],
    "en": ["Riga", "Liepāja", "Jelgava", "Daugavpils", "Ventspils", "Rēzekne", "Valmiera"],
}
SYLLABLES = {
    "lv": "ba be bi bo da de dī ga gu ja ka kā la lī ma mē na ne pa pi ra rī sa sē ta tu va vi za ža",
    "ru": "ба бе ви во да де го жа за ка ки ла ле ма ми на но па по ра ро са се та то ва ве ча ще",
    "en": "ba be bo ca da de fa ge ha jo ka la le mo na ne pa po ra re sa se ta te va wo ya zo",
}
FILLER_SIZE = 3000
CODES = ("lv", "ru", "en")
OFFER_LANGUAGES = ("lv", "ru", "en", "uk", "de", "ar")
WAYS = ("in_person", "by_phone", "by_email", "by_video")


def _filler(code, index):
    """The index-th made-up word of a language: a realistic long tail of rarer words."""
    syllables = SYLLABLES[code].split()
    word, n = "", index + len(syllables)
    while n:
        n, digit = divmod(n, len(syllables))
        word += syllables[digit]
    return word


class Texts:
    """Made-up texts, the same in each language (lv, ru, en), from a seeded generator."""

    def __init__(self, rng, dense=False):
        self.rng, self.dense = rng, dense
        self.topics = {code: WORDS[code].split() for code in CODES}
        self.fillers = {code: [_filler(code, i) for i in range(FILLER_SIZE)] for code in CODES}

    def __call__(self, words=8):
        """A place, a few topic words and, unless dense, a long tail of other words."""
        rng = self.rng
        place = rng.randrange(len(PLACES["lv"]))
        picks = []
        for _ in range(words):
            topical = self.dense or rng.random() < 0.05
            picks.append(
                ("topic", rng.randrange(20)) if topical else ("filler", rng.randrange(FILLER_SIZE))
            )
        texts = {}
        for code in CODES:
            words = {"topic": self.topics[code], "filler": self.fillers[code]}
            chosen = [words[kind][i] for kind, i in picks]
            texts[code] = " ".join([PLACES[code][place], *chosen]).capitalize()
        return texts

    def html(self, words):
        """A text of `words` words in each language as one rich-text paragraph."""
        return {code: f"<p>{text}</p>" for code, text in self(words).items()}


def translated(field, texts):
    """{"title_lv": ..., "title_ru": ..., "title_en": ...} from {"lv": ..., ...}."""
    return {f"{field}_{code}": text for code, text in texts.items()}


def seed(*, dense=False, demo=True):
    """Replace all content with the demo and the large catalogue, then build what derives.

    demo=False: the database holds the demo already (a copy of one), and nothing else.
    """
    from django.core.management import call_command
    from django.db import connection, transaction

    if demo:
        call_command("flush", verbosity=0, interactive=False)
        call_command("load_demo", verbosity=0)
    with transaction.atomic():
        _insert(random.Random(12), Texts(random.Random(13), dense))
    call_command("rebuild_search_index", verbosity=0)
    if connection.vendor == "postgresql":
        # Bulk-loaded tables have no statistics and no visibility map yet; autovacuum would
        # build both within minutes, perhaps in the middle of a measurement. Without the map
        # no count can be answered from an index alone: COUNT(*) of the news read the whole
        # table, 27 ms instead of 2 ms.
        # (A test seeds inside its transaction, where VACUUM cannot run: statistics only.)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")


def _insert(rng, texts):
    """Bulk-insert the catalogue with its links (topics, offers, languages, opening hours)."""
    from branches.models import Branch
    from core.clock import riga_now
    from core.models import Publication
    from events.models import Event
    from languages.models import Language
    from materials.models import Material
    from news.models import Category as NewsCategory
    from news.models import Post
    from services.models import Category, Service
    from topics.models import Topic

    today = riga_now().replace(hour=0, minute=0, second=0, microsecond=0)
    topics = list(Topic.objects.order_by("pk"))
    languages = list(Language.objects.filter(code__in=OFFER_LANGUAGES).order_by("code"))

    def some(items, low=1, high=2):
        return rng.sample(items, rng.randint(low, high))

    branches = Branch.objects.bulk_create(
        Branch(slug=f"bench-branch-{n}", latitude=56.9, longitude=24.1, postcode="LV-1050",
               street_address=f"Brīvības iela {n}", position=100 + n, last_reviewed=today.date(),
               **translated("name", texts(2)), **translated("description", texts(20)),
               **translated("city", {c: PLACES[c][n % 7] for c in CODES}))
        for n in range(SIZES["branches"])
    )  # fmt: skip
    _link(Branch.languages.through, "branch", branches, "language", lambda: some(languages, 1, 3))
    _opening_hours(branches)
    categories = list(Category.objects.order_by("pk"))
    services = Service.objects.bulk_create(
        Service(slug=f"bench-service-{n}", category=categories[n % len(categories)],
                last_reviewed=today.date(), position=100 + n, **translated("name", texts(3)),
                **translated("summary", texts(15)), **translated("body", texts.html(60)))
        for n in range(SIZES["services"])
    )  # fmt: skip
    _link(Service.topics.through, "service", services, "topic", lambda: some(topics))
    _offers(rng, services, list(Branch.objects.filter(is_active=True)), languages)
    news_categories = list(NewsCategory.objects.order_by("pk"))
    posts = Post.objects.bulk_create(
        Post(slug=f"bench-post-{n}", status="published", publish_at=today - dt.timedelta(hours=n + 1),
             **translated("title", texts(6)), **translated("lead", texts(20)),
             **translated("body", texts.html(120)))
        for n in range(SIZES["posts"])
    )  # fmt: skip
    _link(Post.topics.through, "post", posts, "topic", lambda: some(topics))
    _link(Post.categories.through, "post", posts, "category", lambda: some(news_categories, 1, 1))
    half = SIZES["events"] // 2
    events = Event.objects.bulk_create(
        Event(slug=f"bench-event-{n}", publication=Publication.PUBLISHED,
              start=today + dt.timedelta(days=n - half, hours=10),
              end=today + dt.timedelta(days=n - half, hours=12),
              **({"place_kind": "online", "online_url": "https://example.lv/meeting"} if n % 2 else
                 {"place_kind": "branch", "branch": branches[n % len(branches)]}),
              **translated("title", texts(5)), **translated("description", texts.html(40)))
        for n in range(SIZES["events"])
    )  # fmt: skip
    _link(Event.topics.through, "event", events, "topic", lambda: some(topics))
    materials = Material.objects.bulk_create(
        Material(slug=f"bench-material-{n}", url=f"https://example.lv/doc-{n}.pdf",
                 publication=Publication.PUBLISHED, published_on=today.date() - dt.timedelta(days=n),
                 **translated("title", texts(5)), **translated("summary", texts(25)))
        for n in range(SIZES["materials"])
    )  # fmt: skip
    _link(Material.topics.through, "material", materials, "topic", lambda: some(topics))
    _link(Material.languages.through, "material", materials, "language", lambda: some(languages))


def _link(through, owner, owners, target, pick):
    """Bulk-insert the many-to-many rows from each of `owners` to what `pick()` returns."""
    through.objects.bulk_create(
        through(**{f"{owner}_id": item.pk, f"{target}_id": other.pk})
        for item in owners
        for other in pick()
    )


def _opening_hours(branches):
    """Monday to Friday, 9 to 17, at every new branch."""
    from branches.models import OpeningInterval

    OpeningInterval.objects.bulk_create(
        OpeningInterval(branch=branch, weekday=day, opens=dt.time(9), closes=dt.time(17))
        for branch in branches
        for day in range(5)
    )


def _offers(rng, services, branches, languages):
    """Each service at one to three branches, in one or two ways and one to three languages."""
    from services.models import BranchService

    offers = BranchService.objects.bulk_create(
        BranchService(branch=branch, service=service,
                      **{way: way in ways for way in WAYS})
        for service in services
        for branch in rng.sample(branches, rng.randint(1, 3))
        for ways in [rng.sample(WAYS, rng.randint(1, 2))]
    )  # fmt: skip
    _link(
        BranchService.languages.through,
        "branchservice",
        offers,
        "language",
        lambda: rng.sample(languages, rng.randint(1, 3)),
    )


ROOT = Path(__file__).resolve().parents[1]


class Seeding:
    """This module filling a database in a process of its own (make bench seeds meanwhile)."""

    def __init__(self, env):
        self.output = tempfile.TemporaryFile()  # noqa: SIM115 - open while it runs
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.dataset", "--keep-demo"],
            cwd=ROOT, env=env, stdout=self.output, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.done = False

    def finish(self):
        """Wait for it to end (at most 10 minutes); fail with its output if it failed."""
        if self.done:
            return None
        code = self.process.wait(timeout=600)
        self.output.seek(0)
        text = self.output.read().decode(errors="replace").strip()
        if code:
            raise SystemExit(f"seeding failed:\n{text[-3000:]}")
        self.done = True
        return text.splitlines()[-1]

    def kill(self):
        """Stop it, if it still runs."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def main():
    """Seed the database of DATABASE_URL and say how long it took.

    Every row in it is replaced, unless --keep-demo says it holds the demo and nothing else.
    """
    import os
    import sys
    import time
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    began = time.perf_counter()
    seed(demo="--keep-demo" not in sys.argv)
    print(f"Seeded {SIZES} in {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
