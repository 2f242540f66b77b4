"""Errors serving a model to the class, and using a class server."""

from __future__ import annotations

from assistant.core.errors import ModelError, UsageError


class ServerAddressInvalid(UsageError):
    kind = "server_address_invalid"
    template = "{endpoint} is not a server address such as http://10.0.0.5:8765"


class ClassServerUnreachable(ModelError):
    kind = "class_server_unreachable"
    template = (
        "Could not reach the class server at {url} ({reason}); check the address and that the "
        "server is running."
    )


class ClassServerRefusedKey(ModelError):
    kind = "class_server_refused_key"
    template = (
        "The class server at {url} refused the API key (HTTP {status}); ask the instructor for "
        "the key and enter it in Settings or with --api-key."
    )


class ClassServerHttpError(ModelError):
    kind = "class_server_http_error"
    template = "The class server at {url} answered HTTP {status}: {detail}"


class ClassServerUnreadable(ModelError):
    kind = "class_server_unreadable"
    template = "The class server sent an unreadable answer ({reason})."


class LlamaServerNotExecutable(UsageError):
    kind = "llama_server_not_executable"
    template = (
        "The llama-server set in the settings, {path}, is not an executable file. Fix the path "
        "or clear it to use the built-in server."
    )


class ClassServerNeedsKey(UsageError):
    kind = "class_server_needs_key"
    template = "A class server needs an API key."


class KitHasNoClassServer(UsageError):
    kind = "kit_has_no_class_server"
    template = (
        "This copy of Study Assistant has no built-in class server. Put llama.cpp's llama-server "
        "on this computer and set llama_server_path in settings.json (see the README, Classroom)."
    )


class ClassServerCannotStart(ModelError):
    kind = "class_server_cannot_start"
    template = "Cannot start {program}: {reason}."


class ClassServerStoppedStarting(ModelError):
    kind = "class_server_stopped_starting"
    template = "The class server stopped while starting: {reason}"


class ClassServerStartTimeout(ModelError):
    kind = "class_server_start_timeout"
    template = "The class server did not start within {seconds} s."


class ClassServerStoppedAnswering(ModelError):
    kind = "class_server_stopped_answering"
    template = "The class server stopped answering ({reason})."


class ClassServerReportedError(ModelError):
    kind = "class_server_reported_error"
    template = "The class server reported an error: {detail}"


class ClassServerSilent(ModelError):
    kind = "class_server_silent"
    template = (
        "The class server sent nothing for {seconds} s; it may be busy with many questions. Try "
        "again in a moment."
    )
