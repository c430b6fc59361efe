"""WCAG contrast arithmetic for the theme and printing tests (sRGB relative luminance)."""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

from PySide6.QtGui import QColor, QImage


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def over(color: QColor, background: QColor) -> QColor:
    """`color` as seen painted over `background` (Qt draws placeholders half transparent)."""
    alpha = color.alphaF()
    return QColor.fromRgbF(
        color.redF() * alpha + background.redF() * (1 - alpha),
        color.greenF() * alpha + background.greenF() * (1 - alpha),
        color.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio, 1 (none) to 21 (black on white), of text colour `first`
    (composited if translucent) on the opaque fill `second`."""
    first = over(first, second)
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rasterise_pdf(data: bytes, folder: Path, dpi: int = 60) -> list[QImage]:
    """Each page of a PDF as an image (poppler's pdftoppm), to look at what prints."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "document.pdf"
    source.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / "page")], check=True, timeout=120
    )
    return [QImage(str(path)) for path in sorted(folder.glob("page*.png"))]


def ink_contrast(image: QImage, step: int = 2) -> float:
    """Contrast against white of the text's ink: the darkest fifth of the non-white pixels
    (anti-aliased edges are lighter than the strokes themselves)."""
    # The pixels counted by colour, and each colour's luminance worked out once: a page holds
    # a few hundred colours, and a pixelColor call and a luminance per pixel took ~0.15 CPU-s
    # a page (issue 19). The same values, with the same repeats, in the same order.
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    row = rgba.bytesPerLine()
    assert row == 4 * rgba.width()  # R, G, B, A bytes, rows without padding
    data = bytes(rgba.constBits())
    counts: Counter[tuple[int, int, int]] = Counter()
    for y in range(0, rgba.height(), step):
        line = data[y * row : (y + 1) * row]
        counts.update(zip(line[0 :: 4 * step], line[1 :: 4 * step], line[2 :: 4 * step], strict=True))
    values: list[float] = []
    for value, count in sorted((luminance(QColor(*rgb)), count) for rgb, count in counts.items()):
        if value < 0.95:
            values.extend([value] * count)
    assert values, "nothing is printed on the page"
    values.sort()
    darkest = values[: max(1, len(values) // 5)]
    ink = sum(darkest) / len(darkest)
    return 1.05 / (ink + 0.05)
