"""The ``kg`` program: ``python -m kg`` and the ``kg`` command (``run``).

The regexes kept by an earlier command (``regex_cache.keep_compiled_patterns``) are put in
place before the command line's own modules are imported: click, json, platform, gettext and
locale compile twenty regexes while they are imported (about ten million instructions of
pure-Python parsing at every start), which ``cli.main`` installs the cache too late to serve.
"""

from . import regex_cache


def run() -> None:
    """Run the ``kg`` command (:func:`kg.cli.main`), its imports' regexes from the cache."""
    regex_cache.keep_compiled_patterns()
    from .cli import main

    main()


if __name__ == "__main__":
    run()
