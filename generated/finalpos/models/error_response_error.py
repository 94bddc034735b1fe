from enum import StrEnum


class ErrorResponseError(StrEnum):
    BAD_REQUEST = "Bad Request"
    CONFLICT = "Conflict"
    FORBIDDEN = "Forbidden"
    INTERNAL_SERVER_ERROR = "Internal Server Error"
    NOT_FOUND = "Not Found"
    UNAUTHORIZED = "Unauthorized"
    UNPROCESSABLE_ENTITY = "Unprocessable Entity"

    def __str__(self) -> str:
        return str(self.value)
