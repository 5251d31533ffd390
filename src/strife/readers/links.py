"""Where a feed item's link may lead: the rule that keeps a hostile feed away from local files.

A feed's items link to their pages. strife never fetches a web page an item links to (the item's
own text is read), but it does read a *local* page an item links to, for feeds kept on disk next to
their pages. So:

- a feed fetched over the network, or read from standard input, may only link to ``http(s)`` URLs;
  an item linking to a local path, a ``file://`` URL or any other scheme is refused (an
  :class:`~strife.errors.InputError` for that item; the other items go on);
- a feed that is itself a local file given on the command line may also link to local pages
  (relative paths, absolute paths, ``file://`` URLs), but only to ones under its own folder, symbolic
  links resolved: ``../secret`` or ``/etc/passwd`` is refused;
- an ``http(s)`` link whose host is, or resolves to, a loopback, link-local, private or otherwise
  non-public address (``127.0.0.1``, ``localhost``, ``169.254.169.254``, ``10.0.0.5``, ``[::1]``, a
  name that resolves to one) is refused unless the ``allow_private_urls`` setting is on, for intranet
  feeds: such a URL, stored and served, would point the dashboard's readers at the inside of the
  network.

:func:`check_link` applies the rule to one link; :func:`private_address` is the address test the feed
fetcher also uses for redirects.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlparse

__all__ = ["LinkPolicy", "LocalLink", "WebLink", "check_link", "private_address"]

WEB_SCHEMES = frozenset({"http", "https"})
_ALLOW_HINT = (
    "set allow_private_urls (--allow-private-urls or STRIFE_ALLOW_PRIVATE_URLS=1) for intranet feeds"
)


@dataclass(frozen=True)
class LinkPolicy:
    """What a feed's item links may lead to.

    ``local_root``: the folder of a feed file given on the command line (local pages under it may be
    read); ``None`` for a feed fetched over the network or read from standard input (no local pages).
    ``allow_private``: accept web links to non-public addresses (intranet feeds).
    """

    local_root: str | None = None
    allow_private: bool = False


@dataclass(frozen=True)
class WebLink:
    url: str


@dataclass(frozen=True)
class LocalLink:
    """A link to a local page under the feed's folder; ``path`` may not exist."""

    path: str


def check_link(link: str, policy: LinkPolicy) -> WebLink | LocalLink | str:
    """The link as a web URL or a local path the policy allows, or the reason it is refused."""
    parsed = urlparse(link)
    scheme = parsed.scheme.lower()
    if scheme in WEB_SCHEMES:
        if not parsed.netloc or not parsed.hostname:
            return f"item link {link!r} is not a complete URL"
        if not policy.allow_private and (why := private_address(parsed.hostname)) is not None:
            return f"item link {link!r} points to {why}; {_ALLOW_HINT}"
        return WebLink(link)
    local = _local_path(link, parsed.scheme, parsed.netloc, parsed.path)
    if local is None or "\x00" in local:
        return f"item link {link!r} is not an http(s) URL; feed items may link to web pages only"
    if policy.local_root is None:
        return (
            f"item link {link!r} names a local file; a feed fetched over the network or read from "
            "standard input may link to http(s) URLs only"
        )
    root = os.path.realpath(policy.local_root)
    path = os.path.realpath(os.path.join(root, local))  # an absolute path stays itself
    if os.path.commonpath([root, path]) != root:
        return f"item link {link!r} leads outside the feed's folder {policy.local_root}; it is not read"
    return LocalLink(path)


def _local_path(link: str, scheme: str, netloc: str, path: str) -> str | None:
    """The file path a link names (``file://`` URL or a path), or None for another scheme."""
    if scheme.lower() == "file":
        if netloc and netloc != "localhost":
            # feedparser rewrites file:///tmp/a.html to file://tmp/a.html; put the root back.
            return "/" + netloc + unquote(path)
        return unquote(path)
    if len(scheme) > 1:
        return None  # another scheme; one-letter schemes are Windows drive letters
    return unquote(link) if "%" in link else link


def private_address(host: str) -> str | None:
    """Why ``host`` is not a public address (``"a loopback address (127.0.0.1)"``), or None.

    An IP literal is judged as it is; a name is resolved (cached for the process) and judged by every
    address it resolves to. A name that does not resolve is not judged private: nothing is reached
    through it.
    """
    name = host.strip("[]").split("%", 1)[0].rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return f"a loopback address ({name})"
    try:
        addresses = [ipaddress.ip_address(name)]
    except ValueError:
        addresses = [ipaddress.ip_address(a) for a in _resolve(name)]
    for address in addresses:
        kind = _kind(address)
        if kind is not None:
            return f"{kind} ({address})" if str(address) == name else f"{kind} ({name} → {address})"
    return None


def _kind(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return _kind(address.ipv4_mapped)
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_private:
        return "a private address"
    if address.is_multicast or address.is_unspecified or address.is_reserved or not address.is_global:
        return "a non-public address"
    return None


@lru_cache(maxsize=4096)
def _resolve(name: str) -> tuple[str, ...]:
    try:
        found = socket.getaddrinfo(name, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError, ValueError):
        return ()
    return tuple(sorted({str(info[4][0]).split("%", 1)[0] for info in found}))
