from django.db import migrations, models


class Migration(migrations.Migration):
    """The order of every news list and feed as an index, so a late page is as quick as the first."""

    dependencies = [("news", "0003_random_image_names")]

    operations = [
        migrations.AddIndex(
            model_name="post",
            index=models.Index(
                fields=["-publish_at", "-id", "status"], name="news_post_listing_idx"
            ),
        ),
    ]
