"""Errors that hadath reports to users: each carries a short code and a one-line message."""


class HadathError(Exception):
    """Base of every error hadath raises on purpose; `code` names the kind of problem."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code


class InputError(HadathError):
    """The input cannot be read or is not a valid article (empty, binary, bad date, too long)."""

    code = "bad_input"


class ResourceError(HadathError):
    """A data file that ships with hadath is missing or damaged."""

    code = "missing_resource"
