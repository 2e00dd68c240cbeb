"""The one exception type users ever see: its message is a complete Chinese sentence."""


class PerfxlError(Exception):
    """A failure the user can act on; ``str(err)`` says what to do, in Chinese."""
