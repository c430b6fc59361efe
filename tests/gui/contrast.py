"""WCAG contrast arithmetic for the theme and printing tests (sRGB relative luminance)."""

from __future__ import annotations

import subprocess
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
    values: list[float] = []
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            value = luminance(image.pixelColor(x, y))
            if value < 0.95:
                values.append(value)
    assert values, "nothing is printed on the page"
    values.sort()
    darkest = values[: max(1, len(values) // 5)]
    ink = sum(darkest) / len(darkest)
    return 1.05 / (ink + 0.05)
