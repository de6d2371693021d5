"""Zip containers (DOCX, XLSX, PPTX, ODT) that would unpack to far more than they weigh.

A zip bomb is small on disk and huge once opened; a visitor's office program would open it.
The declared sizes are checked first, then every entry is inflated up to its declared size:
an entry that holds more than it declares fails its CRC, so a lying header is caught too.
"""

import zipfile

MAX_ENTRIES = 5_000
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
# Text-heavy XML compresses 5-20 times, a sheet of repeated cells up to about 100 times.
MAX_RATIO = 150
CHUNK = 1024 * 1024


def zip_bomb_reason(file):
    """Why this zip would unpack to too much ("entries", "size", "ratio", "broken"), or None."""
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_ENTRIES:
                return "entries"
            unpacked = sum(entry.file_size for entry in entries)
            packed = sum(entry.compress_size for entry in entries) or 1
            if unpacked > MAX_UNPACKED_BYTES:
                return "size"
            if unpacked > CHUNK and unpacked / packed > MAX_RATIO:
                return "ratio"
            for entry in entries:
                with archive.open(entry) as stream:
                    while stream.read(CHUNK):
                        pass
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, RuntimeError):
        return "broken"
    finally:
        file.seek(0)
    return None
