"""Render the application icon from its SVG source into PNG sizes and a Windows ``.ico``.

Usage: ``python installer/make_icon.py OUTPUT_FOLDER [--update-resources]``.

``resources/icons/scr-desktop.svg`` is the one source.  Qt's SVG renderer
draws it at each size (small sizes are drawn, not scaled down, so edges stay
sharp) and Pillow packs the sizes into ``scr-desktop.ico`` for the Windows
executables and installers.  ``--update-resources`` also rewrites
``resources/icons/scr-desktop.png`` (256 px), the copy the application
window uses at run time; run it after changing the SVG and commit both.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "scr-desktop.svg"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def render(size: int) -> bytes:
    """Return the icon drawn at ``size`` x ``size`` pixels as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main(argv: list[str]) -> int:
    """Write the PNGs and the ICO into the folder named by ``argv[0]``."""
    if not argv:
        sys.stderr.write(__doc__ or "")
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need it
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    images = {}
    for size in SIZES:
        png = render(size)
        (out / f"scr-desktop-{size}.png").write_bytes(png)
        images[size] = Image.open(io.BytesIO(png)).convert("RGBA")
    largest = images[max(SIZES)]
    largest.save(out / "scr-desktop.ico", format="ICO", sizes=[(s, s) for s in SIZES],
                 append_images=[images[s] for s in SIZES if s != max(SIZES)])
    if "--update-resources" in argv[1:]:
        (SOURCE.parent / "scr-desktop.png").write_bytes(render(256))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
