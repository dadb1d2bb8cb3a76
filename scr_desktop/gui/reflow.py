"""Let a page reflow to a narrow window instead of scrolling sideways.

1366×768 at 200% scaling offers 683×384 logical pixels: the case's step list
and a page side by side leave the page some 440 pixels.  Below
:data:`NARROW` pixels of page width the page shown is laid out again for
its width, each change undone once it is wide again:

* every form puts each field under its label (``QFormLayout.WrapAllRows``);
* a drop-down list no longer asks to be as wide as its longest choice;
* a label too long for one line wraps, and a tick box or button whose words
  are too long for the width breaks them over two or more lines;
* a group's title too long for the width moves into the group as a label
  that wraps (a group box draws its title on one line);
* a table's columns sized to their contents that would take over a third
  of its width (in a table of a few rows, held in the widget) share it with
  the other columns instead, their text wrapping (rows grow to fit), rather
  than squeezing the others to nothing;
* a row of widgets still wider than the page, innermost first, wraps: the
  widgets that do not fit move to a row of their own below it (as many rows
  as need be); a row that cannot wrap so (it holds rows of its own, or is not
  in a column) stands its parts one above the other, as does a splitter.

Only the page shown is reflowed (when shown and when its width changes); the
others are not laid out, and the stack leaves them out of its size
(:func:`.scrolling.size_to_current`).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStyle,
    QTableView,
    QTableWidget,
    QWidget,
)

NARROW = 560  # logical pixels of page width below which a page reflows
WIDE_WINDOW = 960  # from this width the step list has its full width
STEP_LIST_WIDTH = 290
STEP_LIST_NARROWEST = 180
# A drop-down list asks for room for this many characters when the page is narrow.
NARROW_COMBO_CHARACTERS = 12
# What a page keeps round its parts (its own margins and a group box's frame).
SLACK = 24

OWN_WRAP = "reflowOwnRowWrap"
OWN_ADJUST = "reflowOwnAdjust"
OWN_MIN_WIDTH = "reflowOwnMinimumWidth"
OWN_WORD_WRAP = "reflowOwnWordWrap"
OWN_TEXT = "reflowOwnText"
OWN_DIRECTION = "reflowOwnDirection"
OWN_ORIENTATION = "reflowOwnOrientation"
OWN_TITLE = "reflowOwnTitle"
OWN_MODES = "reflowOwnResizeModes"
TABLE_ROOM = "reflowTableRoom"  # the room a narrow page gives a table (None once wide)
WATCHED = "reflowWatched"
SPILL = "reflow_spill"  # a row made to hold the widgets that did not fit the row above it
HOME_INDEX = "reflowHomeIndex"  # where a widget moved to such a row was in its own row
TITLE_LABEL = "reflow_group_title"


def step_list_width(window_width: int) -> int:
    """Return the step list's width for a window (or editor) ``window_width`` pixels wide."""
    if window_width >= WIDE_WINDOW:
        return STEP_LIST_WIDTH
    return max(STEP_LIST_NARROWEST, round(window_width * 0.3))


def _keep(obj: QObject, name: str, value: object) -> object:
    """Remember ``value`` as ``obj``'s own (once) and return what is remembered."""
    own = obj.property(name)
    if own is None:
        obj.setProperty(name, value)
        return value
    return own


def _title_inside(group: QGroupBox, title: str) -> None:
    """Show ``title`` as a wrapping label at the top of ``group`` instead of as its title."""
    layout = group.layout()
    if not isinstance(layout, (QBoxLayout, QFormLayout)):
        return
    _keep(group, OWN_TITLE, title)
    label = QLabel(title, group)
    label.setObjectName(TITLE_LABEL)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    if not group.accessibleName():
        group.setAccessibleName(title.replace("&", ""))
    buddy = next((w for w in group.findChildren(QWidget)
                  if w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
    if buddy is not None:
        label.setBuddy(buddy)
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, label)
    else:
        layout.insertRow(0, label)
    group.setTitle("")


def _watch_columns(table: QTableView, room: int) -> None:
    """Share ``table``'s columns now, and again whenever its rows change their widths while
    its page is narrow (a table is often filled after its page is shown)."""
    table.setProperty(TABLE_ROOM, room)
    if not table.property(WATCHED):
        table.setProperty(WATCHED, True)

        def again(*_args: object) -> None:
            kept = table.property(TABLE_ROOM)
            if kept is not None:
                _share_columns(table, int(kept))
                if table.horizontalHeader().property(OWN_MODES) is not None \
                        and table.wordWrap():
                    # the columns' widths changed, so the rows' heights: once all are laid out
                    QTimer.singleShot(0, table, table.resizeRowsToContents)

        table.horizontalHeader().sectionResized.connect(again)
    _share_columns(table, room)


def _share_columns(table: QTableView, room: int) -> None:
    """Let the columns sized to their contents that take over a third of ``table``'s width
    share it with the columns that stretch instead (those would be squeezed)."""
    header = table.horizontalHeader()
    width = min(table.viewport().width(), room)
    modes = [header.sectionResizeMode(i) for i in range(header.count())]
    wide = [i for i, mode in enumerate(modes)
            if mode == QHeaderView.ResizeMode.ResizeToContents and not header.isSectionHidden(i)
            and header.sectionSize(i) > width / 3]
    if not wide:
        return
    _keep(header, OWN_MODES, [mode.value for mode in modes])
    for i in wide:
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
    if table.wordWrap():
        table.resizeRowsToContents()


def _columns(layout: QBoxLayout) -> bool:
    return layout.direction() in (QBoxLayout.Direction.TopToBottom,
                                  QBoxLayout.Direction.BottomToTop)


def _spill(row: QBoxLayout, room: int) -> bool:
    """Move the widgets at the end of ``row`` that do not fit ``room`` to a new row below
    it; False (nothing moved) if ``row`` holds rows of its own or is not in a column."""
    column = row.parent()
    if not isinstance(column, QBoxLayout) or not _columns(column):
        return False
    items = [item for i in range(row.count()) if (item := row.itemAt(i)) is not None]
    if any(item.layout() is not None for item in items):
        return False
    widgets = [w for item in items if (w := item.widget()) is not None]
    moved: list[QWidget] = []
    while len(widgets) > 1 and row.minimumSize().width() > room:
        widget = widgets.pop()
        if widget.property(HOME_INDEX) is None:
            widget.setProperty(HOME_INDEX, row.indexOf(widget))
        row.removeWidget(widget)
        moved.insert(0, widget)
    if not moved:
        return False
    spill = QHBoxLayout()
    spill.setObjectName(SPILL)
    spill.setSpacing(row.spacing())
    column.insertLayout(column.indexOf(row) + 1, spill)
    for widget in moved:
        spill.addWidget(widget)
    spill.addStretch(1)
    return True


def _unspill(page: QWidget) -> None:
    """Put every widget moved to a row of its own back where it was in its first row."""
    columns = {id(c): c for spill in page.findChildren(QHBoxLayout, SPILL)
               if isinstance(c := spill.parent(), QBoxLayout)}
    for column in columns.values():
        home: QBoxLayout | None = None
        back: dict[int, tuple[QBoxLayout, list[QWidget]]] = {}
        spills: list[QLayout] = []
        for i in range(column.count()):
            item = column.itemAt(i)
            layout = item.layout() if item is not None else None
            if not isinstance(layout, QBoxLayout):
                continue
            if layout.objectName() != SPILL:
                home = layout
                continue
            spills.append(layout)
            if home is None:
                continue
            widgets = [w for j in range(layout.count())
                       if (it := layout.itemAt(j)) is not None and (w := it.widget()) is not None]
            back.setdefault(id(home), (home, []))[1].extend(widgets)
        for home_row, widgets in back.values():
            for widget in sorted(widgets, key=lambda w: int(w.property(HOME_INDEX))):
                index = int(widget.property(HOME_INDEX))
                widget.setProperty(HOME_INDEX, None)
                spill_of = next(s for s in spills if s.indexOf(widget) >= 0)
                spill_of.removeWidget(widget)
                home_row.insertWidget(index, widget)
        for spill in spills:
            column.removeItem(spill)
            shiboken6.delete(spill)


def _restore(page: QWidget) -> None:
    """Undo every change :func:`_narrow` made under ``page``."""
    _unspill(page)
    for table in page.findChildren(QTableView):
        table.setProperty(TABLE_ROOM, None)
    for header in page.findChildren(QHeaderView):
        own = header.property(OWN_MODES)
        if own is not None:
            header.setProperty(OWN_MODES, None)
            for i, mode in enumerate(own):
                header.setSectionResizeMode(i, QHeaderView.ResizeMode(int(mode)))
            view = header.parentWidget()
            if isinstance(view, QTableView) and view.wordWrap():
                view.resizeRowsToContents()
    for group in page.findChildren(QGroupBox):
        own = group.property(OWN_TITLE)
        label = group.findChild(QLabel, TITLE_LABEL, Qt.FindChildOption.FindDirectChildrenOnly)
        if own is not None and label is not None:
            label.hide()
            label.setParent(None)
            label.deleteLater()
            group.setTitle(str(own))
    for form in page.findChildren(QFormLayout):
        own = form.property(OWN_WRAP)
        if own is not None:
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy(int(own)))
    for combo in page.findChildren(QComboBox):
        own = combo.property(OWN_ADJUST)
        if own is not None:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy(int(own)))
            combo.setMinimumWidth(int(combo.property(OWN_MIN_WIDTH)))
    for label in page.findChildren(QLabel):
        own = label.property(OWN_WORD_WRAP)
        if own is not None:
            label.setWordWrap(bool(own))
    for button in page.findChildren(QAbstractButton):
        own = button.property(OWN_TEXT)
        if own is not None and button.text() != own:
            button.setText(str(own))
    for box in page.findChildren(QBoxLayout):
        own = box.property(OWN_DIRECTION)
        if own is not None:
            box.setDirection(QBoxLayout.Direction(int(own)))
    for splitter in page.findChildren(QSplitter):
        own = splitter.property(OWN_ORIENTATION)
        if own is not None:
            splitter.setOrientation(Qt.Orientation(int(own)))


def _broken(text: str, button: QAbstractButton, room: int) -> str:
    """Return ``text`` with line breaks so that no line is wider than ``room`` pixels."""
    metrics = button.fontMetrics()
    lines: list[str] = []
    for words in (line.split(" ") for line in text.split("\n")):
        line = ""
        for word in words:
            trial = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(trial.replace("&", "")) > room:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return "\n".join(lines)


def _button_room(button: QAbstractButton, room: int) -> int:
    """The width the words of ``button`` may take on a page ``room`` pixels wide."""
    style = button.style()
    if isinstance(button, (QCheckBox, QRadioButton)):
        return room - style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) \
            - style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing) - 8
    return room - 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin) - 24


def _holds(outer: QLayout, inner: QLayout) -> bool:
    """True if ``inner`` is laid out inside ``outer`` (directly or in a widget it holds)."""
    for i in range(outer.count()):
        item = outer.itemAt(i)
        if item is None:
            continue
        child = item.layout()
        if child is not None and (child is inner or _holds(child, inner)):
            return True
        widget = item.widget()
        if widget is not None and inner in widget.findChildren(QLayout):
            return True
    return False


def _rows_too_wide(page: QWidget, room: int) -> list[QBoxLayout]:
    rows = [box for box in page.findChildren(QBoxLayout)
            if box.direction() in (QBoxLayout.Direction.LeftToRight,
                                   QBoxLayout.Direction.RightToLeft)
            and box.count() > 1 and (owner := box.parentWidget()) is not None
            and owner.isVisibleTo(page)
            and box.minimumSize().width() > room]
    return [row for row in rows if not any(o is not row and _holds(row, o) for o in rows)]


def _narrow(page: QWidget, width: int) -> None:
    room = width - SLACK
    for form in page.findChildren(QFormLayout):
        _keep(form, OWN_WRAP, form.rowWrapPolicy().value)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    for combo in page.findChildren(QComboBox):
        _keep(combo, OWN_ADJUST, combo.sizeAdjustPolicy().value)
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(
            min(combo.minimumContentsLength() or NARROW_COMBO_CHARACTERS,
                NARROW_COMBO_CHARACTERS))
        # The combo box keeps the minimum size it worked out for its longest choice; a
        # minimum width of its own takes the place of that in every layout.
        own_min = int(str(_keep(combo, OWN_MIN_WIDTH, combo.minimumWidth())))
        combo.setMinimumWidth(max(own_min, min(combo.sizeHint().width(), room)))
    for label in page.findChildren(QLabel):
        if not label.wordWrap() and label.sizeHint().width() > room - SLACK:
            _keep(label, OWN_WORD_WRAP, False)
            label.setWordWrap(True)
    for button in page.findChildren(QAbstractButton):
        if not isinstance(button, (QCheckBox, QRadioButton, QPushButton)):
            continue
        own = str(_keep(button, OWN_TEXT, button.text()))
        if button.sizeHint().width() > room or button.text() != own:
            if not button.accessibleName():
                button.setAccessibleName(own.replace("&&", "\0").replace("&", "")
                                         .replace("\0", "&"))
            button.setText(_broken(own, button, _button_room(button, room)))
    for group in page.findChildren(QGroupBox):
        title = group.title()
        if title and not group.isCheckable() \
                and group.fontMetrics().horizontalAdvance(title) + SLACK > room:
            _title_inside(group, title)
    for splitter in page.findChildren(QSplitter):
        if splitter.orientation() == Qt.Orientation.Horizontal \
                and splitter.minimumSizeHint().width() > room:
            _keep(splitter, OWN_ORIENTATION, splitter.orientation().value)
            splitter.setOrientation(Qt.Orientation.Vertical)
    # Only tables of a few rows held in the widget itself: rows sized to their contents in
    # a table backed by a model would read every row of it (the chronology pages its rows).
    for table in page.findChildren(QTableWidget):
        _watch_columns(table, room)
    for _ in range(12):  # a row in a row: the inner one first, then the outer if need be
        rows = _rows_too_wide(page, room)
        if not rows:
            break
        for row in rows:
            if not _spill(row, room):
                _keep(row, OWN_DIRECTION, row.direction().value)
                row.setDirection(QBoxLayout.Direction.TopToBottom)


def reflow(page: QWidget, width: int) -> None:
    """Lay ``page`` out for ``width`` pixels: reflowed when narrow, as made when wide."""
    narrow = bool(page.property("reflowNarrow"))
    if width < NARROW:
        _narrow(page, width)
        page.setProperty("reflowNarrow", True)
    elif narrow:
        _restore(page)
        page.setProperty("reflowNarrow", False)
