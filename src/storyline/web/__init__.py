"""The web app and HTTP API (``storyline serve``), built on the Python API like the CLI."""

from storyline.web.app import create_app

__all__ = ["create_app"]
