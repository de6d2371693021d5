import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    """Creation and last-change times, so the topic pages' sitemap URLs carry a lastmod."""

    dependencies = [("topics", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="topic",
            name="created_at",
            field=models.DateTimeField(
                auto_now_add=True, default=django.utils.timezone.now, verbose_name="created"
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="topic",
            name="updated_at",
            field=models.DateTimeField(auto_now=True, verbose_name="updated"),
        ),
    ]
