from django.db import migrations, models


class Migration(migrations.Migration):
    """The listing index carries the time of each post's last change (PostgreSQL: INCLUDE), so
    the sitemap counts and dates the news without reading the posts."""

    dependencies = [("news", "0005_post_updated_index")]

    operations = [
        migrations.RemoveIndex(model_name="post", name="news_post_listing_idx"),
        migrations.AddIndex(
            model_name="post",
            index=models.Index(
                fields=["-publish_at", "-id", "status"],
                include=("updated_at",),
                name="news_post_listing_idx",
            ),
        ),
    ]
