"""The errors kg raises on purpose; the CLI turns exactly these into one-line messages."""

from __future__ import annotations

__all__ = ["KgError", "InputError", "QueryError", "OntologyError", "EvalError", "OutputError"]


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


class OntologyError(KgError):
    """A gazetteer, lexicon or ontology file in ontology/ that is malformed."""


class EvalError(KgError):
    """A gold file that does not follow GUIDELINES.md."""


class OutputError(KgError):
    """An output file or folder that cannot be written."""
