"""The models the app uses, re-exported in one place."""

from finalpos.models import Category, Customer, ErrorResponse, ErrorResponseError, Session, SessionCreate

ErrorKind = ErrorResponseError

__all__ = ["Category", "Customer", "ErrorKind", "ErrorResponse", "Session", "SessionCreate"]
