"""Customers with the tenant's custom fields, and the nightly export (pagination)."""

from finalpos import FinalPOS

from .models import Customer


def enrol(client: FinalPOS, email: str) -> Customer:
    customer = client.customers.create(email=email, first_name="Ann", last_name="Lee", custom_fields={"tier": "gold"})
    print(customer.custom_fields.get("tier"))
    return customer


def upgrade(client: FinalPOS, customer_id: str) -> None:
    client.customers.update(customer_id, custom_fields={"tier": "platinum"})


def rename(client: FinalPOS, customer_id: str, last_name: str) -> Customer:
    return client.customers.update(id=customer_id, last_name=last_name)  # impact: path_parameter_renamed


def export(client: FinalPOS) -> list[str]:
    emails = [str(c.email) for c in client.customers.list(limit=100)]
    for page in client.customers.list(limit=50).pages():
        emails.extend(str(c.email) for c in page.items)
    return emails
