"""Who may write: whoever holds the update token, and nobody when none is configured."""

from __future__ import annotations

import functools
import hmac
from collections.abc import Callable
from typing import TypeVar

from flask import request
from werkzeug.datastructures import WWWAuthenticate
from werkzeug.exceptions import Forbidden, Unauthorized

from kg.service.engine import engine

View = TypeVar("View", bound=Callable[..., object])


def update_token_required(view: View) -> View:
    """Let the request through only with `Authorization: Bearer TOKEN` and the configured
    TOKEN: 401 without credentials, 403 with wrong ones or when updates are switched off."""

    @functools.wraps(view)
    def guarded(*args: object, **kwargs: object) -> object:
        check_update_token(request.headers.get("Authorization"))
        return view(*args, **kwargs)

    return guarded  # type: ignore[return-value]


def check_update_token(authorization: str | None) -> None:
    expected = engine().config.update_token
    if not expected:
        raise Forbidden("writing is switched off: the server has no update token (set $KG_UPDATE_TOKEN)")
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthorized("writing needs the update token: send 'Authorization: Bearer TOKEN'",
                           www_authenticate=WWWAuthenticate("Bearer", {"realm": "kg"}))
    if not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise Forbidden("the update token is wrong")
