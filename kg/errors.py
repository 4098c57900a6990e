"""Errors raised by ``kg``. Each message names the file or value and says what to do.

>>> str(InputError("seeds/x.txt", "no such file or folder"))
'seeds/x.txt: no such file or folder'
"""


class KGError(Exception):
    """Base class of every error ``kg`` raises on purpose."""


class InterruptedAfterWriting(KeyboardInterrupt):
    """A build stopped (Ctrl-C, SIGTERM) while its new files were moved into place: they all were,
    the outputs are the new build's."""


class InputError(KGError):
    """An input path cannot be used at all (usage error, exit code 2)."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NoDocumentsError(KGError):
    """A build found no document to build (none there, or every file skipped): nothing is written,
    the previous outputs and cache stay as they were (usage error, exit code 2)."""

    def __init__(self, skipped: list):
        found = f"all {len(skipped)} files were skipped" if skipped else "looked for *.txt, *.md, *.html"
        super().__init__(f"no documents found ({found}); the previous outputs are unchanged")
        self.skipped = skipped


class DocumentError(KGError):
    """One document cannot be built; the build goes on without it."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class OutputError(KGError):
    """The output folder cannot be written (usage error, exit code 2)."""


class QueryError(KGError):
    """A SPARQL query is malformed or the graph cannot be loaded."""


class ServerError(KGError):
    """A SPARQL server cannot be started, or a store refuses or cannot be reached."""
