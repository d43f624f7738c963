"""Feeds and URLs: RSS/Atom files and the guarded fetching of feed and article URLs.

Fetching is optional and guarded: only http and https, a time-out, a size cap, and no private, loopback,
link-local or reserved address unless ``allow_private`` (a test server on loopback, an intranet) says so.
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import re
import socket
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Iterable, Iterator

from .io import ReadError, Source, _html_to_source, decode_bytes, read_sources

__all__ = ["expand_inputs", "read_feed", "fetch", "FEED_SUFFIXES"]

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_TAGS = re.compile(r"<[^>]+>")


def _public(host: str, allow_private: bool) -> str | None:
    """None if the host may be reached, else the reason."""
    if allow_private:
        return None
    try:
        infos = socket.getaddrinfo(host, None)
    except socket.gaierror as e:
        return f"cannot resolve {host} ({e.strerror})"
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast:
            return f"{host} is a private or loopback address (allow it with --allow-private)"
    return None


def fetch(url: str, *, max_bytes: int = 5_000_000, timeout: float = 15.0,
          allow_private: bool = False) -> tuple[bytes, str]:
    """Download ``url`` within the guards. Returns (bytes, content type); raises ValueError with the reason."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("only http and https URLs are fetched")
    reason = _public(parts.hostname, allow_private)
    if reason:
        raise ValueError(reason)
    req = urllib.request.Request(url, headers={"User-Agent": "marsad/0.1 (+news analysis)"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - scheme checked above
            length = resp.headers.get("Content-Length")
            if length and int(length) > max_bytes:
                raise ValueError(f"larger than the download limit ({length} > {max_bytes} bytes)")
            data = resp.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise ValueError(f"larger than the download limit ({max_bytes} bytes)")
            return data, resp.headers.get("Content-Type", "")
    except OSError as e:
        raise ValueError(f"download failed ({getattr(e, 'reason', None) or e})") from e


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            return dt.date(t.tm_year, t.tm_mon, t.tm_mday).isoformat()
    return None


def read_feed(data: bytes, name: str, *, fetch_links: bool = False, **fetch_args) -> Iterator[Source | ReadError]:
    """The entries of an RSS or Atom feed as sources: the entry's own content, or its fetched page."""
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield ReadError(name, "not a readable RSS or Atom feed")
        return
    site = (feed.feed.get("title") or "").strip() or None
    for i, e in enumerate(feed.entries, 1):
        html = ""
        if e.get("content"):
            html = e["content"][0].get("value", "")
        html = html or e.get("summary", "")
        text = _TAGS.sub(" ", html)
        text = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
        link = e.get("link")
        meta = {"title": e.get("title"), "date": _entry_date(e), "url": link, "source": site}
        if fetch_links and link and len(text) < 400:
            try:
                raw, _ = fetch(link, **fetch_args)
                page, _ = decode_bytes(raw)
                src = _html_to_source(page, "", link)
                if isinstance(src, Source):
                    text = src.text
                    meta = {**{k: v for k, v in src.meta.items() if v}, **{k: v for k, v in meta.items() if v}}
            except ValueError as err:
                yield ReadError(link, str(err), warning=True)
        if not text.strip():
            yield ReadError(f"{name}#{i}", "feed entry without text", warning=True)
            continue
        sid = e.get("id") or link or f"{Path(name).stem}-{i}"
        sid = re.sub(r"[^\w.-]+", "-", str(sid)).strip("-")[-120:] or f"entry-{i}"
        yield Source(sid, text, f"{name}#{i}", {k: v for k, v in meta.items() if v})


def expand_inputs(paths: Iterable[str], *, max_bytes: int = 50_000_000, allow_private: bool = False,
                  max_download: int = 5_000_000) -> Iterator[Source | ReadError]:
    """Files, folders, stdin, feed files and http(s) URLs, as sources."""
    for p in paths:
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", p) and not p.startswith(("http://", "https://")):
            yield ReadError(p, "only http and https URLs are fetched")
            continue
        if p.startswith(("http://", "https://")):
            try:
                data, ctype = fetch(p, max_bytes=max_download, allow_private=allow_private)
            except ValueError as e:
                yield ReadError(p, str(e))
                continue
            head = data[:500].lstrip().lower()
            if "xml" in ctype or "rss" in ctype or "atom" in ctype or head.startswith((b"<?xml", b"<rss", b"<feed")):
                yield from read_feed(data, p, fetch_links=True, max_bytes=max_download, allow_private=allow_private)
            else:
                text, _ = decode_bytes(data)
                src = _html_to_source(text, re.sub(r"[^\w.-]+", "-", p.split("://", 1)[1]).strip("-")[-120:], p)
                if isinstance(src, Source):
                    src.meta.setdefault("url", p)
                yield src
            continue
        path = Path(p)
        if path.is_file() and path.suffix.lower() in FEED_SUFFIXES:
            try:
                data = path.read_bytes()
            except OSError as e:
                yield ReadError(p, f"cannot read: {e.strerror}")
                continue
            yield from read_feed(data, p)
            continue
        yield from read_sources([p], max_bytes=max_bytes)
