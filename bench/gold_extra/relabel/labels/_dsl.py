"""The label DSL of ``bench/gold_extra/labels/_dsl.py``, for the second reader's files here."""

import importlib.util
import os

_spec = importlib.util.spec_from_file_location(
    "gold_extra_dsl", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "labels", "_dsl.py"))
_dsl = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_dsl)
globals().update({k: v for k, v in vars(_dsl).items() if not k.startswith("__")})
__all__ = [k for k in vars(_dsl) if not k.startswith("_")]
