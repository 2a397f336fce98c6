"""The web app and HTTP API (``storyline serve``), built on the Python API like the CLI."""

from storyline.web.app import create_app
from storyline.web.limits import Limits

__all__ = ["Limits", "create_app"]
