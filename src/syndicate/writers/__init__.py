"""Writers: Document -> AMP HTML, RSS 2.0, JSON."""

from . import amp, json, markdown, rss, text  # noqa: E402,F401  (writers.amp.to_amp ...)
