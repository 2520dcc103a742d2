"""The gold scorer with the learned second chance on: ``regions_model.install()``, then
``gold_score.main`` with the arguments given.

  PYTHONPATH=src:bench/learned python bench/learned/score.py --gold /tmp/heldB.json
"""

from __future__ import annotations

import sys

import regions_model

sys.path.insert(0, "/work/shared/tools")
import gold_score  # noqa: E402

if __name__ == "__main__":
    regions_model.install()
    gold_score.main(sys.argv[1:])
