"""The schematic SVG map of Latvia with each branch placed by its coordinates."""

import math

# A simplified outline of Latvia (longitude, latitude), enough to place branches.
LATVIA_OUTLINE = (
    (21.05, 56.07), (21.0, 56.5), (21.06, 56.85), (21.4, 57.1), (21.56, 57.39),
    (21.98, 57.6), (22.59, 57.76), (22.95, 57.45), (23.15, 57.3), (23.3, 57.08),
    (23.6, 56.98), (24.05, 57.05), (24.38, 57.25), (24.4, 57.62), (24.36, 57.87),
    (25.0, 58.0), (25.6, 57.93), (26.03, 57.78), (26.5, 57.52), (27.35, 57.53),
    (27.83, 57.3), (27.7, 56.88), (28.17, 56.6), (28.15, 56.17), (27.6, 55.8),
    (26.95, 55.82), (26.63, 55.67), (25.75, 56.15), (25.1, 56.2), (24.55, 56.3),
    (24.0, 56.38), (23.2, 56.35), (22.1, 56.42), (21.6, 56.3),
)  # fmt: skip
MAP_WIDTH = 600
_WEST, _EAST, _SOUTH, _NORTH = 20.9, 28.3, 55.6, 58.1
_X_SCALE = math.cos(math.radians(57))


def _project(longitude, latitude):
    scale = MAP_WIDTH / ((_EAST - _WEST) * _X_SCALE)
    return (
        round((float(longitude) - _WEST) * _X_SCALE * scale, 1),
        round((_NORTH - float(latitude)) * scale, 1),
    )


def latvia_map(branches):
    """An SVG-ready outline of Latvia and each branch placed by its coordinates."""
    height = _project(_WEST, _SOUTH)[1]
    outline = " ".join(f"{x},{y}" for x, y in (_project(*p) for p in LATVIA_OUTLINE))
    markers = []
    for branch in branches:
        x, y = _project(branch.longitude, branch.latitude)
        left = x > MAP_WIDTH * 0.7
        markers.append(
            {
                "branch": branch,
                # Strings, so that the locale's decimal comma never reaches the SVG.
                "x": str(x),
                "y": str(y),
                "label_x": str(round(x - 14 if left else x + 14, 1)),
                "label_y": str(round(y + 5, 1)),
                "anchor": "end" if left else "start",
            }
        )
    return {
        "width": str(MAP_WIDTH),
        "height": str(round(height)),
        "outline": outline,
        "markers": markers,
    }
