"""Writers: Document -> AMP HTML, RSS 2.0, JSON."""

from . import amp, json, rss  # noqa: E402,F401  (writers.amp.to_amp ...)
