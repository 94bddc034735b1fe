"""The request loop against a real local server that misbehaves on purpose: retries, backoff,
Retry-After, timeouts, every error class, parsing of odd 2xx bodies, path quoting."""

from __future__ import annotations

import email.utils
import time

import finalpos
import finalpos._base_client as base
import pytest
from finalpos import FinalPOS
from finalpos.models import Customer, Session

from .conftest import CANARY_KEY, Drop, LocalServer, Reply

SESSION = {"id": "s1", "stationId": "st1", "openTime": "2025-01-02T03:04:05+00:00"}


def test_key_sent_as_x_api_key_and_model_parsed(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, SESSION))
    session = client.sessions.retrieve("s1")
    assert isinstance(session, Session)
    assert session.station_id == "st1" and session.open_time.year == 2025  # type: ignore[union-attr]
    seen = server.seen[0]
    assert (seen.method, seen.path) == ("GET", "/v1/api/session/s1")
    assert seen.headers["x-api-key"] == CANARY_KEY


def test_body_kwargs_are_sent_as_the_wire_names(client: FinalPOS, server: LocalServer) -> None:
    import json

    server.reply(Reply(201, {"id": "c1", "email": "a@b.c"}))
    customer = client.customers.create(email="a@b.c", first_name="Ann", last_name="Lee", phone="1")
    assert isinstance(customer, Customer) and customer.id == "c1"
    assert json.loads(server.seen[0].body) == {
        "email": "a@b.c",
        "firstName": "Ann",
        "lastName": "Lee",
        "phone": "1",
    }


def test_undocumented_2xx_parses_with_the_documented_model(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, {"id": "c9"}))  # the spec documents 201 for create
    assert client.customers.create(email="a@b.c", first_name="A", last_name="B").id == "c9"


def test_path_params_are_quoted_and_empty_ones_refused(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, SESSION))
    client.sessions.retrieve("a/b c?")
    assert server.seen[0].path == "/v1/api/session/a%2Fb%20c%3F"
    with pytest.raises(ValueError, match="non-empty value for `id`"):
        client.sessions.retrieve("")
    with pytest.raises(ValueError):
        client.sessions.delete(id="")
    assert len(server.seen) == 1  # nothing sent for the empty ids


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, finalpos.BadRequestError),
        (401, finalpos.AuthenticationError),
        (403, finalpos.PermissionDeniedError),
        (404, finalpos.NotFoundError),
        (409, finalpos.ConflictError),
        (422, finalpos.UnprocessableEntityError),
        (429, finalpos.RateLimitError),
        (500, finalpos.InternalServerError),
        (503, finalpos.InternalServerError),
        (418, finalpos.APIStatusError),
    ],
)
def test_every_status_maps_to_its_error(client: FinalPOS, server: LocalServer, status: int, error: type) -> None:
    body = {"statusCode": status, "message": f"vendor says {status}", "error": "X"}
    server.default = lambda seen: Reply(status, body)
    with pytest.raises(error) as caught:
        client.with_options(max_retries=0).sessions.retrieve("s1")
    exc = caught.value
    assert type(exc) is error and isinstance(exc, finalpos.APIStatusError) and isinstance(exc, finalpos.APIError)
    assert exc.status_code == status and exc.response.status_code == status
    assert exc.body == body
    assert f"vendor says {status}" in str(exc)


def test_validation_message_list_and_non_json_error_body(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(400, {"message": ["email must be an email", "firstName is required"]}))
    with pytest.raises(finalpos.BadRequestError, match="email must be an email; firstName is required"):
        client.customers.create(email="x", first_name="A", last_name="B")
    server.reply(Reply(404, b"<html>nope</html>", headers={"Content-Type": "text/html"}))
    with pytest.raises(finalpos.NotFoundError) as caught:
        client.sessions.retrieve("s1")
    assert caught.value.body == "<html>nope</html>"


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, b"not json at all"),
        Reply(200, b"\xff\xfe\x00garbage"),
        Reply(200, [1, 2, 3]),  # an array where an object is documented
        Reply(200, '"just a string"'),
        Reply(200, None),  # empty body
    ],
)
def test_bad_2xx_bodies_raise_only_validation_error(client: FinalPOS, server: LocalServer, reply: Reply) -> None:
    # Bodies that are not a record at all; a record with odd field values: tests/client/test_lenient_responses.py.
    server.reply(reply)
    with pytest.raises(finalpos.APIResponseValidationError) as caught:
        client.sessions.retrieve("s1")
    assert caught.value.status_code == 200
    assert len(server.seen) == 1  # a 2xx is never retried


def test_list_of_wrong_items_is_a_validation_error(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(200, [{"id": "c1"}, "oops"]))
    with pytest.raises(finalpos.APIResponseValidationError):
        list(client.customers.list())


def test_get_retries_5xx_then_succeeds_and_counts_retries(client: FinalPOS, server: LocalServer, waits) -> None:
    server.reply(Reply(503), Reply(502), Reply(200, SESSION))
    raw = client.sessions.with_raw_response.retrieve("s1")
    assert raw.retries_taken == 2 and raw.status_code == 200 and raw.parsed.id == "s1"
    assert len(server.seen) == 3 and len(waits) == 2


def test_gives_up_after_max_retries(client: FinalPOS, server: LocalServer, waits) -> None:
    server.default = lambda seen: Reply(500, {"message": "down"})
    with pytest.raises(finalpos.InternalServerError):
        client.sessions.retrieve("s1")
    assert len(server.seen) == 3  # 1 + the default 2 retries
    server.seen.clear()
    with pytest.raises(finalpos.InternalServerError):
        client.with_options(max_retries=5).sessions.retrieve("s1")
    assert len(server.seen) == 6


@pytest.mark.parametrize("status", [408, 409, 429, 500, 504])
def test_retryable_statuses(client: FinalPOS, server: LocalServer, status: int) -> None:
    server.reply(Reply(status), Reply(200, SESSION))
    assert client.sessions.with_raw_response.retrieve("s1").retries_taken == 1


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(client: FinalPOS, server: LocalServer, status: int) -> None:
    server.default = lambda seen: Reply(status, {"message": "no"})
    with pytest.raises(finalpos.APIStatusError):
        client.sessions.retrieve("s1")
    assert len(server.seen) == 1


def test_put_and_delete_are_retried(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(503), Reply(200, {"statusCode": 200, "message": "deleted"}))
    assert client.sessions.delete("s1").message == "deleted"
    server.reply(Reply(503), Reply(200, {"id": "a1"}))
    assert client.accounts.update("a1", name="N").id == "a1"
    assert [r.method for r in server.seen] == ["DELETE", "DELETE", "PUT", "PUT"]


def test_post_is_not_retried_unless_opted_in(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(503), Reply(201, {"id": "c1"}))
    with pytest.raises(finalpos.InternalServerError):
        client.customers.create(email="a@b.c", first_name="A", last_name="B")
    assert len(server.seen) == 1
    server.seen.clear()
    server.script.clear()
    server.reply(Reply(503), Reply(201, {"id": "c1"}))
    raw = client.with_options(retry_posts=True).customers.with_raw_response.create(
        email="a@b.c", first_name="A", last_name="B"
    )
    assert raw.retries_taken == 1 and raw.parsed.id == "c1" and len(server.seen) == 2
    server.seen.clear()
    server.reply(Drop())
    with pytest.raises(finalpos.APIConnectionError):
        client.customers.create(email="a@b.c", first_name="A", last_name="B")
    assert len(server.seen) == 1


def test_backoff_is_exponential_with_bounded_jitter(client: FinalPOS, server: LocalServer, waits, monkeypatch) -> None:
    server.default = lambda seen: Reply(503)
    for jitter_draw, factor in ((0.0, 1.0), (1.0, 0.75)):
        waits.clear()
        monkeypatch.setattr(base, "_random", lambda draw=jitter_draw: draw)
        with pytest.raises(finalpos.InternalServerError):
            client.with_options(max_retries=6).sessions.retrieve("s1")
        # 0.5 s doubling, capped at 8 s, times a jitter factor in [0.75, 1.0]
        assert waits == pytest.approx([d * factor for d in (0.5, 1.0, 2.0, 4.0, 8.0, 8.0)])
    monkeypatch.undo()
    monkeypatch.setattr(base, "_sleep", waits.append)
    waits.clear()
    with pytest.raises(finalpos.InternalServerError):
        client.with_options(max_retries=4).sessions.retrieve("s1")
    for delay, base_delay in zip(waits, (0.5, 1.0, 2.0, 4.0), strict=True):
        assert 0.75 * base_delay <= delay <= base_delay


def test_retry_after_seconds_and_ms(client: FinalPOS, server: LocalServer, waits) -> None:
    server.reply(
        Reply(429, headers={"Retry-After": "3"}), Reply(503, headers={"retry-after-ms": "1500"}), Reply(200, SESSION)
    )
    assert client.sessions.with_raw_response.retrieve("s1").retries_taken == 2
    assert waits == [3.0, 1.5]


def test_retry_after_http_date(client: FinalPOS, server: LocalServer, waits) -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    server.reply(Reply(503, headers={"Retry-After": when}), Reply(200, SESSION))
    client.sessions.retrieve("s1")
    assert 18.0 <= waits[0] <= 20.5


def test_unreasonable_retry_after_falls_back_to_backoff(client: FinalPOS, server: LocalServer, waits) -> None:
    server.reply(
        Reply(503, headers={"Retry-After": "3600"}), Reply(503, headers={"Retry-After": "soon"}), Reply(200, SESSION)
    )
    client.sessions.retrieve("s1")
    assert 0.375 <= waits[0] <= 0.5 and 0.75 <= waits[1] <= 1.0


def test_timeout_is_retried_then_raised(server: LocalServer, waits) -> None:
    server.default = lambda seen: Reply(200, SESSION, delay_s=0.6)
    with FinalPOS(api_key=CANARY_KEY, base_url=server.base_url, timeout=0.15, max_retries=1) as client:
        started = time.monotonic()
        with pytest.raises(finalpos.APITimeoutError) as caught:
            client.sessions.retrieve("s1")
        assert isinstance(caught.value, finalpos.APIConnectionError)
        assert len(server.seen) == 2 and len(waits) == 1
        assert time.monotonic() - started < 5  # finite, not the server's pace
        server.seen.clear()
        server.default = lambda seen: Reply(200, SESSION, delay_s=0.3)
        # a per-call timeout overrides the client's
        assert client.sessions.retrieve("s1", timeout=5.0).id == "s1"
        with pytest.raises(finalpos.APITimeoutError):
            client.with_options(timeout=0.05, max_retries=0).sessions.retrieve("s1")


def test_default_timeout_is_finite() -> None:
    client = FinalPOS(api_key=CANARY_KEY, base_url="http://127.0.0.1:9")
    assert client.timeout.read == 60.0 and client.timeout.connect == 5.0  # type: ignore[union-attr]
    assert client.max_retries == 2 and client.retry_posts is False


def test_connection_dropped_is_retried_then_connection_error(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Drop(), Reply(200, SESSION))
    assert client.sessions.with_raw_response.retrieve("s1").retries_taken == 1
    server.default = lambda seen: Drop()
    with pytest.raises(finalpos.APIConnectionError) as caught:
        client.sessions.retrieve("s1")
    assert not isinstance(caught.value, finalpos.APITimeoutError)


def test_connection_refused_is_connection_error(waits) -> None:
    from tests.mock_server import free_port

    with FinalPOS(api_key=CANARY_KEY, base_url=f"http://127.0.0.1:{free_port()}") as client:
        with pytest.raises(finalpos.APIConnectionError):
            client.sessions.retrieve("s1")
    assert len(waits) == 2


def test_raw_response_exposes_status_headers_and_model(client: FinalPOS, server: LocalServer) -> None:
    server.reply(Reply(201, {"id": "c1"}, headers={"X-Request-Id": "r-1"}))
    raw = client.customers.with_raw_response.create(email="a@b.c", first_name="A", last_name="B")
    assert raw.status_code == 201 and raw.headers["x-request-id"] == "r-1"
    assert isinstance(raw.parsed, Customer) and raw.parse() is raw.parsed and raw.retries_taken == 0


def test_with_options_copies_share_the_pool_and_leave_the_original(client: FinalPOS) -> None:
    copy = client.with_options(max_retries=0, timeout=3.0, retry_posts=True)
    assert (copy.max_retries, copy.timeout, copy.retry_posts) == (0, 3.0, True)
    assert (client.max_retries, client.retry_posts) == (2, False)
    assert copy._http is client._http and copy.customers is not client.customers
    assert copy.customers._client is copy
