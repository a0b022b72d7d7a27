"""The query page in a real headless browser: Debian's Chromium, driven by Playwright."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.test_service_server import LiveServer, live_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason="needs Debian's chromium package (listed in .ci/apt-packages)")
# Chromium as root, in a closed network: no sandbox, no background connections.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(tmp_path_factory.mktemp("page")) as live:
        yield live


@pytest.fixture(scope="module")
def page(server: LiveServer):  # noqa: ANN201 - a playwright Page
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser.new_page()
        browser.close()


def test_query_page_runs_the_mediation_example_and_shows_a_table(server: LiveServer, page) -> None:  # noqa: ANN001
    page.goto(server.url + "/")
    page.click("button.example[data-name='mediations']")
    page.wait_for_selector("#results table tbody tr")
    headers = page.locator("#results th").all_inner_texts()
    assert headers == ["mediator", "exchange", "parties", "date", "source"]
    rows = [row.locator("td").all_inner_texts() for row in page.locator("#results tbody tr").all()]
    assert {(r[0], r[2], r[3]) for r in rows} == {("Norway", "Kosovo / Serbia", "2025-03-14"),
                                                 ("Ethiopia", "South Sudan / Sudan", "2025-06-01")}
    assert page.locator("#status").inner_text() == "2 rows"


def test_query_page_links_events_to_their_api_pages(server: LiveServer, page) -> None:  # noqa: ANN001
    page.goto(server.url + "/")
    page.click("button.example[data-name='mediations']")
    link = page.locator("#results tbody tr td a").first
    href = link.get_attribute("href")
    assert href.startswith("/api/events/exchange/")
    link.click()
    page.wait_for_load_state()
    assert '"kind":"Exchange"' in page.content().replace(" ", "")


def test_query_page_shows_the_servers_error_message(server: LiveServer, page) -> None:  # noqa: ANN001
    page.goto(server.url + "/")
    page.fill("#query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    page.click("#run")
    page.wait_for_selector("#error:not([hidden])")
    assert "SERVICE is not allowed" in page.inner_text("#error")
