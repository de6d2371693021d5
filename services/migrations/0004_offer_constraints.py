from django.db import migrations, models


class Migration(migrations.Migration):
    """The service-wide ways and languages now live on each branch's offer (copied in 0003)."""

    dependencies = [("services", "0003_offer_ways_languages_days")]

    operations = [
        migrations.RemoveField(
            model_name='service',
            name='by_email',
        ),
        migrations.RemoveField(
            model_name='service',
            name='by_phone',
        ),
        migrations.RemoveField(
            model_name='service',
            name='by_video',
        ),
        migrations.RemoveField(
            model_name='service',
            name='in_person',
        ),
        migrations.RemoveField(
            model_name='service',
            name='languages',
        ),
        migrations.AlterField(
            model_name='branchservice',
            name='note',
            field=models.CharField(blank=True, help_text='For example: the lawyer is in Riga.', max_length=250, verbose_name='note'),
        ),
        migrations.AlterField(
            model_name='branchservice',
            name='note_en',
            field=models.CharField(blank=True, help_text='For example: the lawyer is in Riga.', max_length=250, null=True, verbose_name='note'),
        ),
        migrations.AlterField(
            model_name='branchservice',
            name='note_lv',
            field=models.CharField(blank=True, help_text='For example: the lawyer is in Riga.', max_length=250, null=True, verbose_name='note'),
        ),
        migrations.AlterField(
            model_name='branchservice',
            name='note_ru',
            field=models.CharField(blank=True, help_text='For example: the lawyer is in Riga.', max_length=250, null=True, verbose_name='note'),
        ),
        migrations.AlterField(
            model_name='branchservice',
            name='note_uk',
            field=models.CharField(blank=True, help_text='For example: the lawyer is in Riga.', max_length=250, null=True, verbose_name='note'),
        ),
        migrations.AddConstraint(
            model_name='branchservice',
            constraint=models.CheckConstraint(condition=models.Q(('in_person', True), ('by_phone', True), ('by_email', True), ('by_video', True), _connector='OR'), name='offer_has_a_way', violation_error_message='Tick at least one way the service is given.'),
        ),
        migrations.AddConstraint(
            model_name='branchservice',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('closes__isnull', True), ('opens__isnull', True)), models.Q(('closes__gt', models.F('opens')), ('closes__isnull', False), ('opens__isnull', False)), _connector='OR'), name='offer_hours_in_order', violation_error_message='Give both times, the second after the first, or neither.'),
        ),
        migrations.AddConstraint(
            model_name='branchservice',
            constraint=models.CheckConstraint(condition=models.Q(('weekdays__regex', '^0?1?2?3?4?5?6?$')), name='offer_weekdays_digits'),
        ),
    ]
