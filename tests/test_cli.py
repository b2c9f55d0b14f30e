"""The `framing` command: profile, hydrate, report (typer's CliRunner, and the real entry point)."""

import importlib.util
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.variables import profile_columns

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "corpora" / "examples"
runner = CliRunner()


def has(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def one_line_error(result, *needles):
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in result.output, result.output


def test_help_lists_the_three_commands():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("profile", "hydrate", "report"):
        assert command in result.output


def test_profile_refuses_an_unknown_format_a_missing_corpus_and_a_missing_cast(tmp_path):
    one_line_error(run("profile", EXAMPLES, "--out", tmp_path / "x.json"), "unknown output format", ".parquet")
    one_line_error(run("profile", tmp_path / "nowhere", "--out", tmp_path / "x.csv"), "no such file")
    one_line_error(run("profile", EXAMPLES, "--out", tmp_path / "x.csv", "--cast", tmp_path / "c.yml"), "--cast")


@pytest.mark.skipif(not has("framing.corpus"), reason="framing.corpus (load_corpus) is not in this branch")
@pytest.mark.timeout(300)
def test_profile_writes_one_row_per_article(tmp_path):
    out = tmp_path / "profiles.parquet"
    result = run("profile", EXAMPLES, "--out", out, "--cast", EXAMPLES / "cast.yml", "--no-progress")
    assert result.exit_code == 0, result.output
    table = pd.read_parquet(out)
    n_texts = len(list(EXAMPLES.glob("*.txt")))
    assert len(table) == n_texts
    assert list(table.columns) == profile_columns(EXAMPLES / "cast.yml")
    assert (table["status"] == "ok").all()
    assert f"profiled {n_texts} articles" in result.output
    csv = tmp_path / "profiles.csv"
    assert run("profile", EXAMPLES, "--out", csv, "--jobs", "2", "--no-progress").exit_code == 0
    assert len(pd.read_csv(csv)) == n_texts


@pytest.mark.skipif(not has("framing.corpus"), reason="framing.corpus (load_corpus) is not in this branch")
@pytest.mark.timeout(300)
def test_export_formats_go_through_framing_export(tmp_path):
    small = tmp_path / "corpus"
    small.mkdir()
    for path in sorted(EXAMPLES.glob("*.txt"))[:2]:
        shutil.copy(path, small / path.name)
    result = run("profile", small, "--out", tmp_path / "x.sav", "--no-progress")
    if has("framing.scholar"):
        assert result.exit_code == 0, result.output
        assert (tmp_path / "x.sav").stat().st_size > 0
    else:
        one_line_error(result, "framing.export")


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the http.server API
        if self.path == "/story":
            body = (
                "<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
                + "<p>Officials said on Friday that the talks could resume next week, according to two "
                "diplomats who spoke on condition of anonymity.</p>" * 6
                + "</article></body></html>"
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        else:
            body = b"not found"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.mark.skipif(not has("framing.corpus"), reason="framing.corpus (hydrate) is not in this branch")
@pytest.mark.timeout(120)
def test_hydrate_reports_what_it_fetched_and_what_failed(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        manifest = tmp_path / "manifest.csv"
        pd.DataFrame({"url": [f"{base}/story", f"{base}/missing"], "outlet": ["A", "B"]}).to_csv(manifest, index=False)
        result = run("hydrate", manifest, "--cache", tmp_path / "cache", "--no-progress")
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.output
    assert "2 URLs: 1 texts" in result.output and "1 failed" in result.output


def test_hydrate_needs_a_manifest(tmp_path):
    one_line_error(run("hydrate", tmp_path / "manifest.csv"), "no such file")


def test_report_checks_its_inputs(tmp_path):
    article = EXAMPLES / "01_caldera-wire_report.txt"
    one_line_error(run("report", tmp_path / "a.txt", "--against", EXAMPLES), "no such file")
    one_line_error(run("report", article, "--against", EXAMPLES, "--out", tmp_path / "r.pdf"), ".html")
    if not has("framing.report"):
        one_line_error(run("report", article, "--against", EXAMPLES, "--out", tmp_path / "r.html"), "framing.report")


@pytest.mark.timeout(120)
def test_python_dash_m_runs_the_command(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "framing.cli", "profile", str(EXAMPLES), "--out", str(tmp_path / "x.txt")],
        capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": ""},
    )
    assert done.returncode != 0
    assert "unknown output format" in done.stderr and "Traceback" not in done.stderr
