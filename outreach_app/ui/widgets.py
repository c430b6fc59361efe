"""Small widget helpers shared by the screens (headings, labelled roles, passphrase fields)."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from outreach_app.ui.theme import scaled_font

# Qt::InputMethodHint values, set through the widget's property: naming them as Qt.* enums
# here would create PySide6's `Qt` namespace (~90 enum classes, 13-18 ms) before the unlock
# screen is painted (docs/performance.md). tests/gui/shell/test_start_path.py checks them.
IMH_HIDDEN_TEXT = 0x1
IMH_SENSITIVE_DATA = 0x2
IMH_NO_PREDICTIVE_TEXT = 0x40


def set_input_method_hints(widget: QWidget, hints: int) -> None:
    """`widget.setInputMethodHints(hints)` without naming Qt's enum (see above)."""
    widget.setProperty("inputMethodHints", hints)


def heading(text: str, parent: QWidget | None = None, *, factor: float = 1.6) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(scaled_font(label, factor, bold=True))
    label.setWordWrap(True)
    return label


def note(text: str, parent: QWidget | None = None, *, role: str = "") -> QLabel:
    """A wrapped paragraph; `role` ("warning", "error", "ok", "muted") picks its colour in the QSS."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


def short_label(text: str, parent: QWidget, *, chars: int = 12) -> QLabel:
    """A label for a field in a grid that wraps onto more lines when its text is wider than
    about `chars` average characters (never narrower than its longest word), instead of
    widening the grid; one line when it fits. Its height for that width is asked for up
    front: a dialog's layout sizes rows before wrapped labels get a say.

    A plain word-wrapped label would wrap Thai and Chinese (no spaces) after any character."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.ensurePolished()  # the style sheet's font decides the widths
    metrics = label.fontMetrics()
    width = max(
        label.minimumSizeHint().width(),
        min(metrics.horizontalAdvance(text), metrics.averageCharWidth() * chars),
    )
    label.setMinimumSize(width, label.heightForWidth(width))
    return label


def set_role(widget: QWidget, role: str) -> None:
    """Change a widget's style role and make the style sheet notice."""
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def passphrase_field(accessible_name: str, parent: QWidget | None = None) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    # Input methods must not learn or suggest what is typed here.
    set_input_method_hints(field, IMH_SENSITIVE_DATA | IMH_NO_PREDICTIVE_TEXT | IMH_HIDDEN_TEXT)
    return field


def forget_text(field: QLineEdit) -> None:
    """Empty a passphrase field and its undo history.

    `clear()` is an undoable edit: the old text stays in the field's undo stack. `setText`
    resets the history, so nothing typed is kept by the widget (Qt may still have freed,
    not zeroed, copies on its heap: see docs/security.md).
    """
    field.setText("")
    field.setModified(False)


def button(text: str, accessible_name: str, parent: QWidget | None = None, *, role: str = "") -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setAccessibleName(accessible_name)
    if role:
        widget.setProperty("role", role)
    return widget


def centred(widget: QWidget) -> QHBoxLayout:
    """A row holding `widget` in the middle. Stretches, not an alignment flag: with a flag,
    Qt sized a box of wrapped text by its narrow size hint and squeezed its fields."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget)
    row.addStretch(1)
    return row


class WholeDateTimeEdit(QDateTimeEdit):
    """A date-time field that Tab leaves in one press (arrow keys still move between its
    day, month, year, hour and minute). Qt's own steps Tab through each section first,
    which cost a keyboard user four extra presses per date field."""

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt override
        return QWidget.focusNextPrevChild(self, next)


class WholeDateEdit(QDateEdit):
    """A date field that Tab leaves in one press (see WholeDateTimeEdit)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt override
        return QWidget.focusNextPrevChild(self, next)


def first_tab_stop(root: QWidget) -> QWidget | None:
    """The first widget inside `root` that Tab stops at (to put the cursor in a new form)."""
    from PySide6.QtCore import Qt

    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        inside = root.isAncestorOf(widget)
        if inside and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return widget
        widget = widget.nextInFocusChain()
    return None
