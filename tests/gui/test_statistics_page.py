"""Statistics and Audit pages over a real SQLCipher vault: charts, tables, exports, roles."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QProgressDialog

from outreach_app.domain.enums import SupplyKind
from outreach_app.domain.layout import VaultLayout
from outreach_app.domain.models import Area, Contact
from outreach_app.services.changes import ChangeBus
from outreach_app.services.clipboard import ClipboardGuard
from outreach_app.services.tasks import TaskManager
from outreach_app.storage.repos import audit
from outreach_app.storage.repos.areas import add_area
from outreach_app.storage.repos.contacts import add_contact
from outreach_app.ui.context import AppContext
from outreach_app.ui.pages.audit import AuditPage, AuditTableModel
from outreach_app.ui.pages.statistics import CountsTableModel, StatisticsPage
from tests.gui.task_waits import hold_db_thread, run_sync, settle

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


class RawSession:
    """The parts of a VaultSession the pages' services use, over a raw-key migrated DB."""

    def __init__(self, layout: VaultLayout, role: str) -> None:
        from outreach_app.storage.connection import open_database
        from outreach_app.storage.migrations import migrate

        self.layout = layout
        self.role = role
        self.slot_id = "slot"
        self.conn = open_database(layout.db, secrets.token_bytes(32), create=True)
        migrate(self.conn)

    def close(self) -> None:
        self.conn.close()


def _make(qtbot: Any, tmp_path: Path, role: str) -> tuple[AppContext, RawSession]:
    layout = VaultLayout(tmp_path / "vault")
    layout.data_dir.mkdir(mode=0o700, parents=True)
    ctx = AppContext(
        tasks=TaskManager(),
        changes=ChangeBus(),
        clipboard=ClipboardGuard(),
        layout=layout,
        role=role,
        clock=lambda: NOW,
    )
    opened: list[RawSession] = []
    ctx.tasks.open_session(lambda: RawSession(layout, role), opened.append)  # type: ignore[arg-type,return-value]
    settle(qtbot, ctx.tasks)
    return ctx, opened[0]


@pytest.fixture
def coordinator_ctx(qapp: Any, qtbot: Any, tmp_path: Path) -> Iterator[AppContext]:
    ctx, _ = _make(qtbot, tmp_path, "coordinator")
    yield ctx
    ctx.tasks.begin_lock()
    ctx.tasks.shutdown()


@pytest.fixture
def worker_ctx(qapp: Any, qtbot: Any, tmp_path: Path) -> Iterator[AppContext]:
    ctx, _ = _make(qtbot, tmp_path, "worker")
    yield ctx
    ctx.tasks.begin_lock()
    ctx.tasks.shutdown()


def _seed(session: Any) -> None:
    area = Area(name="North")
    add_area(session.conn, area)
    for day in range(1, 13):
        add_contact(
            session.conn,
            Contact(
                occurred_at=datetime(2026, 1, day, 12, tzinfo=UTC),
                zone="UTC",
                area_id=area.id,
                supplies={SupplyKind.CONDOMS: 2},
            ),
        )
    for day in range(1, 4):
        add_contact(session.conn, Contact(occurred_at=datetime(2026, 2, day, 12, tzinfo=UTC), zone="UTC"))


def _page(qtbot: Any, ctx: AppContext) -> StatisticsPage:
    page = StatisticsPage(ctx)
    qtbot.addWidget(page)
    page.start_edit.setDate(QDate(2026, 1, 1))
    page.end_edit.setDate(QDate(2026, 3, 31))
    return page


def test_page_shows_exact_counts_in_charts_and_tables(qtbot: Any, coordinator_ctx: AppContext) -> None:
    run_sync(qtbot, coordinator_ctx.tasks, _seed)
    page = _page(qtbot, coordinator_ctx)
    page.on_unlocked()
    settle(qtbot, coordinator_ctx.tasks)
    assert page.stats is not None and page.stats.total_contacts() == 15
    model = page.panels["contacts_area"].model
    assert [model.headerData(c, orientation) for c, orientation in [(0, _h()), (1, _h()), (2, _h())]] == [
        "North",
        "No area",
        "Total",
    ]
    assert model.data(model.index(0, 0)) == "12"  # exact on screen: suppression is for exports
    assert model.data(model.index(1, 1)) == "3"
    assert page.panels["contacts_area"].chart.series()
    supplies = page.panels["supplies"].model
    assert supplies.data(supplies.index(0, 0)) == "24"
    assert "15 contacts" in page.status.text()
    page.clear_sensitive()
    assert model.rowCount() == 0 and not page.panels["contacts_area"].chart.series()


def _h() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_coordinator_exports_csv_and_pdf_with_the_rule_applied(
    qtbot: Any, coordinator_ctx: AppContext, tmp_path: Path
) -> None:
    run_sync(qtbot, coordinator_ctx.tasks, _seed)
    page = _page(qtbot, coordinator_ctx)
    page.on_unlocked()
    assert page.csv_button.isVisibleTo(page) and page.pdf_button.isVisibleTo(page)
    csv_path, pdf_path = tmp_path / "out.csv", tmp_path / "out.pdf"
    page.choose_path = lambda fmt: csv_path if fmt == "csv" else pdf_path
    page.csv_button.click()
    settle(qtbot, coordinator_ctx.tasks)
    page.pdf_button.click()
    settle(qtbot, coordinator_ctx.tasks)
    text = csv_path.read_text(encoding="utf-8")
    lines = text.splitlines()
    start = lines.index("Contacts by month and area")
    # February's 3 is hidden; the shift-mode table hides January's total, so its partner goes too.
    assert lines[start + 1 : start + 6] == [
        "month,North,No area,Total",
        "2026-01,[c],0,[c]",
        "2026-02,0,[c],[c]",
        "2026-03,0,0,0",
        "Total,[c],[c],15",
    ]
    assert csv_path.stat().st_mode & 0o777 == 0o600
    assert pdf_path.read_bytes().startswith(b"%PDF")
    from tests.gui.pdf_text import pdf_pages_text

    pages = pdf_pages_text(pdf_path.read_bytes())  # each page's text once (pypdf's: 0.6 CPU-s)
    assert "Contacts" in pages[0] and "[c]" in pages[0]
    everything = " ".join(pages)
    assert "Condoms" in everything and "condoms" not in everything  # the app's words, not keys
    kinds = [e.kind for e in run_sync(qtbot, coordinator_ctx.tasks, lambda s: audit.list_entries(s.conn))]
    assert kinds == ["export", "export"]
    assert "Exported" in page.status.text()


def test_worker_has_no_export_and_is_refused_by_the_service(
    qtbot: Any, worker_ctx: AppContext, tmp_path: Path
) -> None:
    page = _page(qtbot, worker_ctx)
    page.on_unlocked()
    settle(qtbot, worker_ctx.tasks)
    assert not page.csv_button.isVisibleTo(page)
    assert page.stats is not None  # workers may look at the counts
    # Even if the button were reached, the service refuses a worker session.
    dest = tmp_path / "w.csv"
    page.choose_path = lambda _fmt: dest
    page.export("csv")
    settle(qtbot, worker_ctx.tasks)
    assert not dest.exists()
    assert "only a coordinator may export statistics" in page.status.text()


def test_audit_page_lists_and_verifies_for_coordinators(qtbot: Any, coordinator_ctx: AppContext) -> None:
    run_sync(
        qtbot,
        coordinator_ctx.tasks,
        lambda s: audit.append_event(s.conn, audit.AuditKind.SYNC, at=NOW, detail={"sent": 3}),
    )
    page = AuditPage(coordinator_ctx)
    qtbot.addWidget(page)
    page.on_unlocked()
    settle(qtbot, coordinator_ctx.tasks)
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 4)) == "sent: 3"
    page.verify_button.click()
    settle(qtbot, coordinator_ctx.tasks)
    assert "intact: 1 entries" in page.verdict.text()
    tamper = "UPDATE audit_log SET detail = '{\"sent\": 4}'"
    run_sync(qtbot, coordinator_ctx.tasks, lambda s: s.conn.execute(tamper))
    page.verify_button.click()
    settle(qtbot, coordinator_ctx.tasks)
    assert "entry 1 was changed" in page.verdict.text()


def test_audit_page_refuses_workers(qtbot: Any, worker_ctx: AppContext) -> None:
    page = AuditPage(worker_ctx)
    qtbot.addWidget(page)
    page.on_unlocked()
    assert page.notice.isVisibleTo(page) and not page.table.isVisibleTo(page)
    page.refresh()  # a direct call still goes through the permission check
    settle(qtbot, worker_ctx.tasks)
    assert page.model.rowCount() == 0
    assert "only a coordinator may see the audit log" in page.verdict.text()


def test_models_pass_qtmodeltester(qtmodeltester: Any) -> None:
    counts = CountsTableModel()
    counts.set_grid(["2026-01", "2026-02"], ["North", "South"], [[1, 2], [3, 4]])
    qtmodeltester.check(counts)
    assert counts.data(counts.index(1, 2)) == "7"
    entries = AuditTableModel()
    entries.set_entries(
        [
            audit.AuditEntry(
                1,
                "2026-01-01T00:00:00+00:00",
                "unlock",
                "worker",
                {"slot": "a"},
                audit.GENESIS_HASH,
                "f" * 64,
            )
        ]
    )
    qtmodeltester.check(entries)


def test_an_empty_or_reversed_period_is_explained(qtbot: Any, coordinator_ctx: AppContext) -> None:
    page = _page(qtbot, coordinator_ctx)
    page.start_edit.setDate(QDate(2026, 5, 1))
    page.end_edit.setDate(QDate(2026, 4, 1))
    page.refresh()
    assert "ends before it starts" in page.status.text()
    assert date(2026, 1, 1) <= date(2026, 1, 2)


def test_export_shows_progress_that_closes_when_done(
    qtbot: Any, coordinator_ctx: AppContext, tmp_path: Path
) -> None:
    page = _page(qtbot, coordinator_ctx)
    page.on_unlocked()
    settle(qtbot, coordinator_ctx.tasks)
    dest = tmp_path / "out.csv"
    page.choose_path = lambda _fmt: dest
    release = hold_db_thread(coordinator_ctx.tasks)
    page.export("csv")
    progress = page.export_progress
    assert progress is not None
    qtbot.waitUntil(progress.dialog.isVisible, timeout=5000)
    release.set()
    settle(qtbot, coordinator_ctx.tasks)
    assert dest.exists()
    assert progress.closed
    assert [w for w in page.findChildren(QProgressDialog) if w.isVisible()] == []
    assert "Exported" in page.status.text()


def test_cancel_on_an_export_leaves_no_file(qtbot: Any, coordinator_ctx: AppContext, tmp_path: Path) -> None:
    run_sync(qtbot, coordinator_ctx.tasks, _seed)
    page = _page(qtbot, coordinator_ctx)
    page.on_unlocked()
    settle(qtbot, coordinator_ctx.tasks)
    dest = tmp_path / "cancelled.pdf"
    page.choose_path = lambda _fmt: dest
    before = run_sync(qtbot, coordinator_ctx.tasks, lambda s: audit.count_entries(s.conn))
    release = hold_db_thread(coordinator_ctx.tasks)
    page.export("pdf")
    progress = page.export_progress
    assert progress is not None
    qtbot.waitUntil(progress.dialog.isVisible, timeout=5000)
    from PySide6.QtWidgets import QPushButton

    (cancel,) = progress.dialog.findChildren(QPushButton)
    cancel.click()
    release.set()
    settle(qtbot, coordinator_ctx.tasks)
    assert not dest.exists()
    assert list(tmp_path.glob("cancelled*")) == []
    assert "cancelled" in page.status.text()
    assert progress.closed
    assert [w for w in page.findChildren(QProgressDialog) if w.isVisible()] == []
    assert run_sync(qtbot, coordinator_ctx.tasks, lambda s: audit.count_entries(s.conn)) == before


def test_charts_follow_the_dark_and_light_themes(qtbot: Any, coordinator_ctx: AppContext) -> None:
    """The charts were drawn on white in the dark theme ([G]'s chart, looks review)."""
    from PySide6.QtCharts import QChart
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from outreach_app.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved = (QPalette(app.palette()), app.styleSheet(), app.style().name())
    apply_theme(app, "dark")
    try:
        run_sync(qtbot, coordinator_ctx.tasks, _seed)
        page = _page(qtbot, coordinator_ctx)
        page.on_unlocked()
        settle(qtbot, coordinator_ctx.tasks)
        panel = page.panels["contacts_area"]
        assert panel.chart.theme() == QChart.ChartTheme.ChartThemeDark
        assert panel.chart.backgroundBrush().color().lightness() < 64
        assert all(axis.labelsColor().lightness() > 128 for axis in panel.chart.axes())
        apply_theme(app, "light")
        qtbot.wait(1)
        assert panel.chart.theme() == QChart.ChartTheme.ChartThemeLight
        assert panel.chart.backgroundBrush().color().lightness() > 200
    finally:
        app.setStyle(saved[2])
        app.setPalette(saved[0])
        app.setStyleSheet(saved[1])


def test_chart_ticks_are_whole_counts_and_labels_are_words(qtbot) -> None:
    from PySide6.QtCharts import QBarSeries, QValueAxis

    from outreach_app.domain.display import integer_tick_step
    from outreach_app.ui.models.labels import value_label
    from outreach_app.ui.pages.statistics import ChartPanel

    assert [integer_tick_step(top) for top in (0, 2, 5, 8, 17, 41, 100)] == [1, 1, 1, 2, 5, 10, 20]
    assert value_label("non_payment") == "Non-payment" and value_label("robbery_theft") == "Robbery/theft"
    assert value_label("some_new_key") == "Some new key"
    from outreach_app.services.stats_pdf import words

    assert words("non_payment") == "Non payment" and words("North") == "North"  # keys on paper
    panel = ChartPanel("Incidents", stacked=False)
    qtbot.addWidget(panel)
    panel.show_counts(["2026-01", "2026-02"], [value_label("non_payment")], [[2], [1]])
    axis = next(a for a in panel.chart.axes() if isinstance(a, QValueAxis))
    assert axis.tickType() == QValueAxis.TickType.TicksDynamic
    assert axis.tickInterval() == 1 and axis.min() == 0 and axis.max() == 2  # ticks 0, 1, 2
    series = next(s for s in panel.chart.series() if isinstance(s, QBarSeries))
    assert [bar.label() for bar in series.barSets()] == ["Non-payment"]
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Non-payment"
