"""The category tree shown on the tills (raw responses keep the ETag)."""

from finalpos import FinalPOS

from .models import Category


def title(category: Category) -> str:
    return str(category.name)


def category_title(client: FinalPOS, category_id: str) -> str:
    return title(client.categories.retrieve(category_id))  # impact: return_type_changed


def cached_category(client: FinalPOS, category_id: str) -> tuple[str, str]:
    raw = client.categories.with_raw_response.retrieve(category_id)
    return raw.headers.get("etag", ""), str(raw.parsed.name)  # impact: return_type_changed


def menu(client: FinalPOS) -> list[str]:
    return [str(c.name) for c in client.categories.list(limit=100)]
