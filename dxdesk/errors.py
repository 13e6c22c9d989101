"""The one base class of refusals the officer sees: the message is a complete Vietnamese
sentence saying what happened and what to do. The CLI prints it and exits 1, the GUI shows
it in a dialog; nothing has been changed when one is raised."""


class UserFacingError(Exception):
    pass


class InvalidInput(UserFacingError):
    """A value the user gave is out of range or unknown."""
