"""Tests of framing.corpus.hydrate against a real HTTP server on 127.0.0.1 (never the internet)."""

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pandas as pd
import pytest

from framing.corpus import CorpusError, cache_name, hydrate, load_corpus

ARTICLE = """<!doctype html><html><head><title>Valdoria strikes Estmark | Test Wire</title>
<meta name="author" content="Sabine Orlec"><meta property="article:published_time" content="2031-08-01">
</head><body><nav>Home | World | Sport</nav><article><h1>Valdoria strikes Estmark</h1>
<p>Valdoria fired missiles and drones at military sites in the neighbouring Republic of Estmark early
Friday, officials said, a day after the leader of the Ashfield Front was killed in the capital.</p>
<p>Estmark has neither confirmed nor denied any role in the killing. A government spokeswoman said Estmark
does not comment on such reports, and the Council of Nations is expected to meet on Saturday.</p>
<p>At least 14 people were killed near the border town of Lunmoor, local officials said. The figure could
not be independently verified, and relief groups said the toll could rise in the coming days.</p>
</article><div class="comments"><p>Reader comment: this is a comment that must not be extracted.</p></div>
</body></html>"""

HITS: dict = {}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _send(self, status, body=b"", kind="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        HITS[self.path] = HITS.get(self.path, 0) + 1
        HITS["agent"] = self.headers.get("User-Agent")
        path = self.path
        if path.startswith("/article"):
            self._send(200, ARTICLE.encode())
        elif path == "/missing":
            self._send(404, b"<html>not found</html>")
        elif path == "/flaky":  # 500 first, then 200
            if HITS[path] == 1:
                self._send(500, b"<html>oops</html>")
            else:
                self._send(200, ARTICLE.encode())
        elif path == "/down":
            self._send(503, b"<html>down</html>")
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, ARTICLE.encode())
        elif path == "/redirect":
            self._send(302, headers=[("Location", "/article-moved")])
        elif path == "/loop-a":
            self._send(301, headers=[("Location", "/loop-b")])
        elif path == "/loop-b":
            self._send(301, headers=[("Location", "/loop-a")])
        elif path.startswith("/chain"):
            n = int(path[len("/chain"):] or 0)
            self._send(302, headers=[("Location", f"/chain{n + 1}")])
        elif path == "/huge":
            self._send(200, b"<html><body><p>" + b"x" * 300_000 + b"</p></body></html>")
        elif path == "/huge-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html><body><p>" + b"y" * 300_000 + b"</p></body></html>")
            self.close_connection = True
        elif path == "/report.pdf":
            self._send(200, b"%PDF-1.4 fake", kind="application/pdf")
        elif path == "/empty":
            self._send(200, b"<html><head><title>Nothing</title></head><body></body></html>")
        else:
            self._send(404)


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


FAST = dict(timeout=0.5, delay=0, backoff=0, max_bytes=100_000, progress=False)


@pytest.mark.timeout(60)
def test_every_fault_is_logged_with_its_reason(server, tmp_path):
    HITS.clear()
    paths = ["/article", "/missing", "/flaky", "/down", "/slow", "/redirect", "/loop-a", "/chain0", "/huge",
             "/huge-unannounced", "/report.pdf", "/empty"]
    manifest = pd.DataFrame({"id": [p.strip("/").replace(".", "_") for p in paths], "url": [server + p for p in paths],
                             "outlet": "Test Wire"})
    log = hydrate(manifest, tmp_path / "cache", **FAST).set_index("url")
    reason = {p: log.loc[server + p, "reason"] for p in paths}
    assert reason["/article"] == "fetched" and log.loc[server + "/article", "status"] == 200
    assert reason["/missing"] == "http 404"
    assert reason["/flaky"] == "fetched" and HITS["/flaky"] == 2  # retried after the 500
    assert reason["/down"] == "http 503" and HITS["/down"] == 3  # two retries, then given up
    assert reason["/slow"].startswith("timeout")
    assert reason["/redirect"] == "fetched" and log.loc[server + "/redirect", "final_url"] == server + "/article-moved"
    assert reason["/loop-a"].startswith("redirect loop")
    assert reason["/chain0"].startswith("too many redirects")
    assert reason["/huge"].startswith("too large") and reason["/huge-unannounced"].startswith("too large")
    assert reason["/report.pdf"] == "not HTML: application/pdf"
    assert reason["/empty"] == "empty extraction"
    assert log["ok"].sum() == 3 and set(log.columns) >= {"ok", "status", "reason", "path"}
    assert HITS["agent"].startswith("framing/")

    record = json.loads((tmp_path / "cache" / cache_name(server + "/article")).read_text(encoding="utf-8"))
    assert record["title"] == "Valdoria strikes Estmark" and record["url"] == server + "/article"
    assert "Lunmoor" in record["text"] and "Reader comment" not in record["text"]
    assert {"author", "date", "fetched_at", "status"} <= set(record)
    assert not list((tmp_path / "cache").glob("*.tmp"))
    assert (tmp_path / "cache" / "log.csv").is_file()


@pytest.mark.timeout(60)
def test_a_rerun_fetches_only_what_is_missing_or_failed(server, tmp_path):
    HITS.clear()
    manifest = pd.DataFrame({"url": [server + "/article", server + "/missing", server + "/article?b=1"]})
    first = hydrate(manifest, tmp_path, **FAST)
    assert first.ok.tolist() == [True, False, True]
    second = hydrate(manifest, tmp_path, **FAST)
    assert second.reason.tolist() == ["cached", "http 404", "cached"]
    assert HITS["/article"] == 1 and HITS["/missing"] == 2
    logged = pd.read_csv(tmp_path / "log.csv")
    assert logged.reason.tolist() == ["cached", "http 404", "cached"]


@pytest.mark.timeout(60)
def test_the_cache_loads_as_a_corpus_with_the_manifest(server, tmp_path):
    manifest = tmp_path / "manifest.csv"
    pd.DataFrame({"id": ["a", "b"], "url": [server + "/article", server + "/missing"], "outlet": ["Test Wire", "X"],
                  "published": ["2031-08-01", "2031-08-02"]}).to_csv(manifest, index=False)
    hydrate(manifest, tmp_path / "cache", **FAST)
    with pytest.warns(UserWarning, match="1 of 2 rows"):
        frame = load_corpus(tmp_path / "cache", progress=False)
    assert frame.loc["a", "title"] == "Valdoria strikes Estmark" and frame.loc["a", "language"] == "en"
    assert frame.loc["b", "problem"] == "not fetched: http 404"


def test_polite_delay_between_requests_to_one_host(server, tmp_path):
    manifest = pd.DataFrame({"url": [server + "/missing", server + "/missing?2", server + "/missing?3"]})
    started = time.monotonic()
    hydrate(manifest, tmp_path, **{**FAST, "delay": 0.3})
    assert time.monotonic() - started >= 0.6


@pytest.mark.parametrize(
    "manifest, message",
    [
        (pd.DataFrame({"link": ["x"]}), "no 'url' column"),
        (pd.DataFrame({"url": ["http://a", "http://a"]}), "URL listed twice"),
        (pd.DataFrame({"url": ["http://a", None]}), "empty url on line"),
        ("no/such/manifest.csv", "no such manifest"),
    ],
)
def test_bad_manifests_get_clear_errors(manifest, message, tmp_path):
    with pytest.raises(CorpusError, match=message):
        hydrate(manifest, tmp_path, **FAST)


def test_non_http_urls_and_refused_connections_are_logged(tmp_path):
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    manifest = pd.DataFrame({"url": ["ftp://example.invalid/x", f"http://127.0.0.1:{port}/closed"]})
    log = hydrate(manifest, tmp_path, **FAST)
    assert log.reason[0] == "invalid URL: not http(s)"
    assert log.reason[1].startswith("connection error")
