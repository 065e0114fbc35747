"""The HTML templates and scripts shipped in the package (``kg/templates``), rendered with Jinja2.

Autoescape is on for every template: a value is HTML-escaped unless the code that passes it marks it as markup
(:class:`markupsafe.Markup`, for text that was made safe for its place, such as JSON escaped for a ``<script>``).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment of kg's templates (autoescape on, undefined names are errors)."""
    return Environment(loader=PackageLoader("kg", "templates"), autoescape=True, undefined=StrictUndefined,
                       keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)


def render_template(name: str, **context: Any) -> str:
    """A template of ``kg/templates`` rendered with ``context``."""
    return environment().get_template(name).render(**context)


def asset(name: str) -> str:
    """A file of ``kg/templates`` as text (a script or stylesheet inlined into a page)."""
    return (resources.files("kg") / "templates" / name).read_text(encoding="utf-8")


__all__ = ["asset", "environment", "render_template"]
