"""The errors kg raises on purpose; the CLI turns exactly these into one-line messages."""

from __future__ import annotations

__all__ = [
    "KgError",
    "InputError",
    "QueryError",
    "QueryRefused",
    "QueryTimeout",
    "OntologyError",
    "EvalError",
    "OutputError",
    "ServeError",
]


class KgError(Exception):
    """Base of every error the user should see as one line, never a traceback."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class InputError(KgError):
    """An article file or folder that cannot be read (missing, empty, binary, undecodable)."""


class QueryError(KgError):
    """A SPARQL query that cannot be parsed, is refused, or fails."""


class QueryRefused(QueryError):
    """A query kg will not run: an update, SERVICE, or FROM a graph that is not loaded.

    A subclass so that ``kg serve`` can answer 403 rather than 400 (bad syntax)."""


class QueryTimeout(QueryError):
    """A query stopped by its timeout (``kg serve`` answers 503)."""


class OntologyError(KgError):
    """A gazetteer, lexicon or ontology file in ontology/ that is malformed."""


class EvalError(KgError):
    """A gold file that does not follow GUIDELINES.md."""


class OutputError(KgError):
    """An output file or folder that cannot be written."""


class ServeError(KgError):
    """The SPARQL endpoint cannot start (port in use, address not available)."""
