from django.db import migrations, models


class Migration(migrations.Migration):
    """The last change of the news for the sitemap, read from an index instead of every post."""

    dependencies = [("news", "0004_post_listing_index")]

    operations = [
        migrations.AddIndex(
            model_name="post",
            index=models.Index(fields=["-updated_at"], name="news_post_updated_idx"),
        ),
    ]
