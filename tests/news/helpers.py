"""Helpers of the news tests: Riga times, a JPEG with GPS data, reading the pages."""

import datetime as dt
import re
from io import BytesIO
from zoneinfo import ZoneInfo

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

RIGA = ZoneInfo("Europe/Riga")


def riga(*args):
    return dt.datetime(*args, tzinfo=RIGA)


def jpeg_with_gps(width=1600, height=1000, orientation=None, name="harbour.jpg"):
    """A JPEG carrying a camera make, GPS coordinates and, if given, an orientation."""
    image = Image.new("RGB", (width, height), (140, 28, 43))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (56.0, 57.0, 0.0), 3: "E", 4: (24.0, 6.0, 0.0)}  # GPSInfo
    if orientation:
        exif[0x0112] = orientation
    buffer = BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def slugs(response):
    return [post.slug for post in response.context["posts"]]


def text(response):
    return re.sub(r"\s+", " ", response.content.decode())
