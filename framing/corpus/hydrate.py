"""``hydrate``: fetch the URLs of a manifest and extract their text into a cache folder.

Coverage texts are never committed to the repository: a manifest lists URLs with metadata, and
each user fetches the texts into a git-ignored cache. Every URL gets one row in the log, fetched
or not, with the reason when not.
"""

from __future__ import annotations

import json
import os
import time
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pandas as pd

from framing.corpus.manifest import cache_name, read_manifest

__all__ = ["hydrate", "USER_AGENT", "LOG_COLUMNS"]

USER_AGENT = "framing/0.1 (media framing research toolkit; polite fetcher for a URL manifest)"
LOG_COLUMNS = ["url", "ok", "status", "reason", "path", "final_url", "fetched_at"]
REDIRECTS = (301, 302, 303, 307, 308)
RETRY_STATUS = (429, 500, 502, 503, 504)


class _Failure(Exception):
    def __init__(self, reason: str, status=None):
        super().__init__(reason)
        self.reason, self.status = reason, status


def _write_atomic(path: Path, data: str) -> None:
    """Write through a temporary file and ``os.replace``: a kill never leaves half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class _Fetcher:
    def __init__(self, *, timeout, max_bytes, retries, delay, backoff, user_agent, max_redirects):
        import urllib3

        self.urllib3 = urllib3
        self.http = urllib3.PoolManager(
            retries=False,
            timeout=urllib3.Timeout(connect=timeout, read=timeout),
            headers={"User-Agent": user_agent, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"},
        )
        self.timeout, self.max_bytes, self.retries = timeout, max_bytes, retries
        self.delay, self.backoff, self.max_redirects = delay, backoff, max_redirects
        self.last_visit: dict = {}

    def _wait_for(self, host: str) -> None:
        last = self.last_visit.get(host)
        if last is not None and self.delay > 0:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self.last_visit[host] = time.monotonic()

    def _get_once(self, url: str):
        """One GET without following redirects: (status, headers, body or None)."""
        errors = self.urllib3.exceptions
        host = urlsplit(url).netloc.lower()
        self._wait_for(host)
        started = time.monotonic()
        try:
            response = self.http.request("GET", url, redirect=False, preload_content=False)
        except errors.NewConnectionError as e:  # a subclass of ConnectTimeoutError in urllib3 2
            raise _Failure(f"connection error: {e.__cause__ or e}") from e
        except errors.TimeoutError as e:
            raise _Failure(f"timeout after {self.timeout} s") from e
        except errors.LocationValueError as e:
            raise _Failure(f"invalid URL: {e}") from e
        except errors.HTTPError as e:
            raise _Failure(f"connection error: {type(e).__name__}") from e
        try:
            if response.status in REDIRECTS or response.status >= 400:
                response.drain_conn()
                return response.status, response.headers, None
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > self.max_bytes:
                raise _Failure(f"too large: {int(length)} bytes (max_bytes={self.max_bytes})", response.status)
            kind = response.headers.get("Content-Type", "")
            if kind and "html" not in kind.lower() and "xml" not in kind.lower():
                raise _Failure(f"not HTML: {kind.split(';')[0].strip()}", response.status)
            chunks, size = [], 0
            for chunk in response.stream(65536):
                size += len(chunk)
                if size > self.max_bytes:
                    raise _Failure(f"too large: over {self.max_bytes} bytes (max_bytes)", response.status)
                if time.monotonic() - started > self.timeout:
                    raise _Failure(f"timeout after {self.timeout} s (body too slow)", response.status)
                chunks.append(chunk)
            return response.status, response.headers, b"".join(chunks)
        except errors.TimeoutError as e:
            raise _Failure(f"timeout after {self.timeout} s", response.status) from e
        except errors.HTTPError as e:
            raise _Failure(f"connection error: {type(e).__name__}", response.status) from e
        finally:
            response.release_conn()

    def get(self, url: str):
        """Follow redirects within the limit and retry 5xx with backoff: (status, final_url, body)."""
        seen = [url]
        attempt = 0
        while True:
            status, headers, body = self._get_once(url)
            if status in REDIRECTS:
                location = headers.get("Location")
                if not location:
                    raise _Failure(f"http {status} redirect without a Location", status)
                url = urljoin(url, location)
                if url in seen:
                    raise _Failure(f"redirect loop ({len(seen)} hops)", status)
                seen.append(url)
                if len(seen) - 1 > self.max_redirects:
                    raise _Failure(f"too many redirects (over {self.max_redirects})", status)
                continue
            if status in RETRY_STATUS and attempt < self.retries:
                attempt += 1
                time.sleep(self.backoff * 2 ** (attempt - 1))
                continue
            if status >= 400:
                raise _Failure(f"http {status}", status)
            return status, url, body


def _extract(body: bytes, url: str) -> dict:
    import trafilatura

    result = trafilatura.extract(
        body, url=url, output_format="json", with_metadata=True, include_comments=False, favor_precision=False
    )
    if not result:
        return {}
    data = json.loads(result)
    keep = ("title", "author", "date", "sitename", "hostname", "description", "text")
    return {k: data.get(k) for k in keep}


def _previous(cache: Path) -> dict:
    log = cache / "log.csv"
    if not log.is_file():
        return {}
    try:
        frame = pd.read_csv(log, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError):
        return {}
    return {row["url"]: row for row in frame.to_dict("records") if "url" in row}


def hydrate(
    manifest,
    cache_dir,
    *,
    timeout: float = 20,
    max_bytes: int = 5_000_000,
    retries: int = 2,
    delay: float = 1.0,
    backoff: float = 1.0,
    user_agent: str = USER_AGENT,
    max_redirects: int = 5,
    progress: bool = True,
) -> pd.DataFrame:
    """Fetch every URL of a manifest, extract its text, and cache one JSON file per URL.

    Parameters
    ----------
    manifest : str, Path or DataFrame
        A CSV or DataFrame with a ``url`` column (:func:`framing.corpus.read_manifest`).
    cache_dir : str or Path
        The cache folder (created if needed). Each URL's JSON is ``cache_name(url)``; the log is
        ``log.csv``.
    timeout : float, default 20
        Seconds allowed to connect, between reads, and for the whole body.
    max_bytes : int, default 5,000,000
        Larger pages are not downloaded ("too large").
    retries : int, default 2
        Retries of a 5xx or 429 answer, after ``backoff``, ``2 * backoff``, ... seconds.
    delay : float, default 1.0
        Minimum seconds between two requests to the same host (politeness).
    backoff : float, default 1.0
        Base of the exponential backoff between retries.
    user_agent : str
        Sent with every request; the default names the project.
    max_redirects : int, default 5
        Redirects followed before giving up; a redirect back to a visited URL is a loop.
    progress : bool, default True
        A tqdm progress bar over the URLs.

    Returns
    -------
    pandas.DataFrame
        One row per manifest URL: ``url``, ``ok``, ``status`` (HTTP status or NA), ``reason``
        (``"fetched"``, ``"cached"`` or why it failed), ``path`` (the JSON file or NA),
        ``final_url`` and ``fetched_at``. Also written to ``cache_dir/log.csv``.

    Notes
    -----
    Failure reasons: ``http NNN`` (4xx, or 5xx after the retries), ``timeout``, ``not HTML``
    (the content type), ``too large``, ``empty extraction`` (trafilatura found no article
    text), ``connection error``, ``redirect loop``, ``too many redirects``, ``invalid URL``.
    Each JSON holds ``url, final_url, title, author, date, sitename, hostname, description,
    text, fetched_at, status``; it is written to a temporary file and moved into place, so a
    killed run never leaves half a file. A rerun skips URLs whose JSON exists and fetches
    only the missing and failed ones. Read the cache with :func:`framing.load_corpus`.

    Limitations
    -----------
    Pages that need JavaScript, a login or a consent click give an empty or wrong extraction;
    paywalled pages may give only a teaser. robots.txt is not consulted: the manifest is a
    researcher's own list, fetched once, slowly. Extraction quality is trafilatura's.

    References
    ----------
    Barbaresi, A. (2021). Trafilatura: A web scraping library and command-line tool for text
    discovery and extraction. *Proceedings of ACL-IJCNLP 2021: System Demonstrations*, 122-131.
    """
    frame = read_manifest(manifest)
    cache = Path(cache_dir)
    cache.mkdir(parents=True, exist_ok=True)
    previous = _previous(cache)
    fetcher = _Fetcher(
        timeout=timeout, max_bytes=max_bytes, retries=retries, delay=delay, backoff=backoff,
        user_agent=user_agent, max_redirects=max_redirects,
    )
    urls = list(frame["url"])
    if progress:
        from framing.progress import bar as tqdm

        urls = tqdm(urls, desc="hydrating", unit="url")
    rows = []
    for url in urls:
        rows.append(_hydrate_one(url, cache, fetcher, previous.get(url)))
        if progress:
            urls.set_postfix(ok=sum(r["ok"] for r in rows), failed=sum(not r["ok"] for r in rows))
    log = pd.DataFrame(rows, columns=LOG_COLUMNS)
    log["status"] = log["status"].astype("Int64")
    _write_atomic(cache / "log.csv", log.to_csv(index=False))
    return log


def _hydrate_one(url: str, cache: Path, fetcher: _Fetcher, before) -> dict:
    path = cache / cache_name(url)
    if path.is_file():
        before = before or {}
        status = before.get("status")
        return {
            "url": url, "ok": True, "status": int(status) if status and status.isdigit() else None,
            "reason": "cached", "path": str(path), "final_url": before.get("final_url") or None,
            "fetched_at": before.get("fetched_at") or None,
        }
    fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    row = {"url": url, "ok": False, "status": None, "reason": None, "path": None, "final_url": None,
           "fetched_at": fetched_at}
    if urlsplit(url).scheme not in ("http", "https"):
        return {**row, "reason": "invalid URL: not http(s)"}
    try:
        status, final_url, body = fetcher.get(url)
    except _Failure as failure:
        return {**row, "status": failure.status, "reason": failure.reason}
    row.update(status=status, final_url=final_url)
    try:
        data = _extract(body, final_url)
    except Exception as e:  # trafilatura and lxml raise many types on hostile markup
        return {**row, "reason": f"extraction error: {type(e).__name__}"}
    if not (data.get("text") or "").strip():
        return {**row, "reason": "empty extraction"}
    record = {"url": url, "final_url": final_url, **data, "fetched_at": fetched_at, "status": status}
    _write_atomic(path, json.dumps(record, ensure_ascii=False, indent=1))
    return {**row, "ok": True, "reason": "fetched", "path": str(path)}
