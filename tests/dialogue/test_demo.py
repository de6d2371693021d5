"""The demo Dialogue Platform: its members and the minutes of its past meetings."""

import pytest

pytestmark = pytest.mark.django_db


def test_demo_dialogue_platform_has_members_and_minutes(client, demo):
    html = client.get("/en/dialogue-platform/").content.decode()
    assert "Information Centre for Immigrants" in html
    assert "Families returning to Latvia" in html
    assert html.count("Minutes of the meeting") >= 5
    assert "Shelter “Safe House”" in html
