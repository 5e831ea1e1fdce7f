"""The one table of Node error codes, and the two exception types that cross the engine boundary.

Follows node's lib/internal/errors.js: codes in alphabetical order, never reused, each with its JS
class and message template. Python code raises `NodeError(code, *args)`; the host-function
trampoline turns it into a JS error of the right class whose `code` is its only own enumerable
property, printing as `TypeError [ERR_X]: message` as node's do. JS builtins read the same table
(see node/js/internal/errors.js), so a code is defined once.

`JSError` is the other direction: a JS exception that reached Python.

This module is a leaf: it imports nothing from noderun.
"""

from __future__ import annotations

# code -> (JS class, message template). Templates use str.format with positional fields.
# Codes whose message depends on the value received (ERR_INVALID_ARG_TYPE, ...) are formatted by
# the caller, who passes the finished text as the single argument of a "{}" template.
CODES: dict[str, tuple[str, str]] = {
    "ERR_AMBIGUOUS_ARGUMENT": ("TypeError", "The \"{}\" argument is ambiguous. {}"),
    "ERR_ARG_NOT_ITERABLE": ("TypeError", "{} must be iterable"),
    "ERR_ASSERTION": ("Error", "{}"),
    "ERR_ASYNC_CALLBACK": ("TypeError", "{} must be a function"),
    "ERR_ASYNC_TYPE": ("TypeError", "Invalid name for async \"type\": {}"),
    "ERR_BROTLI_INVALID_PARAM": ("RangeError", "{} is not a valid Brotli parameter"),
    "ERR_BUFFER_OUT_OF_BOUNDS": ("RangeError", "{}"),
    "ERR_BUFFER_TOO_LARGE": ("RangeError", "Cannot create a Buffer larger than {} bytes"),
    "ERR_CHILD_PROCESS_IPC_REQUIRED": ("Error", "Forked processes must have an IPC channel, missing value 'ipc' in {}"),
    "ERR_CHILD_PROCESS_STDIO_MAXBUFFER": ("RangeError", "{} maxBuffer length exceeded"),
    "ERR_CLOSED_MESSAGE_PORT": ("Error", "Cannot send data on closed MessagePort"),
    "ERR_CONSOLE_WRITABLE_STREAM": ("TypeError", "Console expects a writable stream instance for {}"),
    "ERR_CONSTRUCT_CALL_INVALID": ("TypeError", "Constructor cannot be called"),
    "ERR_CONSTRUCT_CALL_REQUIRED": ("TypeError", "Class constructor {} cannot be invoked without `new`"),
    "ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED": ("Error", "Custom engines not supported by this OpenSSL"),
    "ERR_CRYPTO_HASH_FINALIZED": ("Error", "Digest already called"),
    "ERR_CRYPTO_OPERATION_FAILED": ("Error", "{}"),
    "ERR_CRYPTO_INVALID_DIGEST": ("TypeError", "Invalid digest: {}"),
    "ERR_CRYPTO_INVALID_KEYLEN": ("RangeError", "Invalid key length"),
    "ERR_CRYPTO_INVALID_SCRYPT_PARAMS": ("RangeError", "Invalid scrypt params"),
    "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH": ("RangeError", "Input buffers must have the same byte length"),
    "ERR_DIR_CLOSED": ("Error", "Directory handle was closed"),
    "ERR_DIR_CONCURRENT_OPERATION": ("Error", "Cannot do synchronous work on directory handle with concurrent asynchronous operations"),
    "ERR_DNS_SET_SERVERS_FAILED": ("Error", "c-ares failed to set servers: \"{}\" [{}]"),
    "ERR_ENCODING_INVALID_ENCODED_DATA": ("TypeError", "The encoded data was not valid for encoding {}"),
    "ERR_ENCODING_NOT_SUPPORTED": ("RangeError", "The \"{}\" encoding is not supported"),
    "ERR_EVAL_ESM_CANNOT_PRINT": ("Error", "--print cannot be used with ESM input"),
    "ERR_EVENT_RECURSION": ("Error", "The event \"{}\" is already being dispatched"),
    "ERR_FS_FILE_TOO_LARGE": ("RangeError", "File size ({}) is greater than 2 GiB"),
    "ERR_FS_WATCH_QUEUE_OVERFLOW": ("Error", "fs.watch() queued more than {} events"),
    "ERR_FALSY_VALUE_REJECTION": ("Error", "Promise was rejected with falsy value"),
    "ERR_HTTP2_ALTSVC_INVALID_ORIGIN": ("TypeError", "HTTP/2 ALTSVC frames require a valid origin"),
    "ERR_HTTP2_ALTSVC_LENGTH": ("TypeError", "HTTP/2 ALTSVC frames are limited to 16382 bytes"),
    "ERR_HTTP2_CONNECT_AUTHORITY": ("Error", ":authority header is required for CONNECT requests"),
    "ERR_HTTP2_CONNECT_PATH": ("Error", "The :path header is forbidden for CONNECT requests"),
    "ERR_HTTP2_CONNECT_SCHEME": ("Error", "The :scheme header is forbidden for CONNECT requests"),
    "ERR_HTTP2_ERROR": ("Error", "{}"),
    "ERR_HTTP2_GOAWAY_SESSION": ("Error", "New streams cannot be created after receiving a GOAWAY"),
    "ERR_HTTP2_HEADERS_AFTER_RESPOND": ("Error", "Cannot specify additional headers after response initiated"),
    "ERR_HTTP2_HEADERS_SENT": ("Error", "Response has already been initiated."),
    "ERR_HTTP2_HEADER_SINGLE_VALUE": ("TypeError", "Header field \"{}\" must only have a single value"),
    "ERR_HTTP2_INFO_STATUS_NOT_ALLOWED": ("RangeError", "Informational status codes cannot be used"),
    "ERR_HTTP2_INVALID_CONNECTION_HEADERS": ("TypeError", "HTTP/1 Connection specific headers are forbidden: \"{}\""),
    "ERR_HTTP2_INVALID_HEADER_VALUE": ("TypeError", "Invalid value \"{}\" for header \"{}\""),
    "ERR_HTTP2_INVALID_INFO_STATUS": ("RangeError", "Invalid informational status code: {}"),
    "ERR_HTTP2_INVALID_ORIGIN": ("TypeError", "HTTP/2 ORIGIN frames require a valid origin"),
    "ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH": ("RangeError", "Packed settings length must be a multiple of six"),
    "ERR_HTTP2_INVALID_PSEUDOHEADER": ("TypeError", "\"{}\" is an invalid pseudoheader or is used incorrectly"),
    "ERR_HTTP2_INVALID_SESSION": ("Error", "The session has been destroyed"),
    "ERR_HTTP2_INVALID_SETTING_VALUE": ("TypeError", "Invalid value for setting \"{}\": {}"),
    "ERR_HTTP2_INVALID_STREAM": ("Error", "The stream has been destroyed"),
    "ERR_HTTP2_MAX_PENDING_SETTINGS_ACK": ("Error", "Maximum number of pending settings acknowledgements"),
    "ERR_HTTP2_NESTED_PUSH": ("Error", "A push stream cannot initiate another push stream."),
    "ERR_HTTP2_NO_MEM": ("Error", "Out of memory"),
    "ERR_HTTP2_NO_SOCKET_MANIPULATION": ("Error", "HTTP/2 sockets should not be directly manipulated (e.g. read and written)"),
    "ERR_HTTP2_ORIGIN_LENGTH": ("TypeError", "HTTP/2 ORIGIN frames are limited to 16382 bytes"),
    "ERR_HTTP2_OUT_OF_STREAMS": ("Error", "No stream ID is available because maximum stream ID has been reached"),
    "ERR_HTTP2_PAYLOAD_FORBIDDEN": ("Error", "Responses with {} status must not have a payload"),
    "ERR_HTTP2_PING_CANCEL": ("Error", "HTTP2 ping cancelled"),
    "ERR_HTTP2_PING_LENGTH": ("RangeError", "HTTP2 ping payload must be 8 bytes"),
    "ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED": ("TypeError", "Cannot set HTTP/2 pseudo-headers"),
    "ERR_HTTP2_PUSH_DISABLED": ("Error", "HTTP/2 client has disabled push streams"),
    "ERR_HTTP2_SEND_FILE": ("Error", "Directories cannot be sent"),
    "ERR_HTTP2_SEND_FILE_NOSEEK": ("Error", "Offset or length can only be specified for regular files"),
    "ERR_HTTP2_SESSION_ERROR": ("Error", "Session closed with error code {}"),
    "ERR_HTTP2_SETTINGS_CANCEL": ("Error", "HTTP2 session settings canceled"),
    "ERR_HTTP2_SOCKET_BOUND": ("Error", "The socket is already bound to an Http2Session"),
    "ERR_HTTP2_SOCKET_UNBOUND": ("Error", "The socket has been disconnected from the Http2Session"),
    "ERR_HTTP2_STATUS_101": ("Error", "HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2"),
    "ERR_HTTP2_STATUS_INVALID": ("RangeError", "Invalid status code: {}"),
    "ERR_HTTP2_STREAM_CANCEL": ("Error", "The pending stream has been canceled"),
    "ERR_HTTP2_STREAM_ERROR": ("Error", "Stream closed with error code {}"),
    "ERR_HTTP2_STREAM_SELF_DEPENDENCY": ("Error", "A stream cannot depend on itself"),
    "ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS": ("Error", "Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS"),
    "ERR_HTTP2_TOO_MANY_INVALID_FRAMES": ("Error", "Too many invalid HTTP/2 frames"),
    "ERR_HTTP2_TRAILERS_ALREADY_SENT": ("Error", "Trailing headers have already been sent"),
    "ERR_HTTP2_TRAILERS_NOT_READY": ("Error", "Trailing headers cannot be sent until after the wantTrailers event is emitted"),
    "ERR_HTTP2_UNSUPPORTED_PROTOCOL": ("Error", "protocol \"{}\" is unsupported."),
    "ERR_HTTP_BODY_NOT_ALLOWED": ("Error", "Adding content for this request method or response status is not allowed."),
    "ERR_HTTP_CONTENT_LENGTH_MISMATCH": ("Error", "Response body's content-length of {} byte(s) does not match the content-length of {} byte(s) set in header"),
    "ERR_HTTP_HEADERS_SENT": ("Error", "Cannot {} headers after they are sent to the client"),
    "ERR_HTTP_INVALID_HEADER_VALUE": ("TypeError", "Invalid value \"{}\" for header \"{}\""),
    "ERR_HTTP_INVALID_STATUS_CODE": ("RangeError", "Invalid status code: {}"),
    "ERR_HTTP_REQUEST_TIMEOUT": ("Error", "Request timeout"),
    "ERR_HTTP_SOCKET_ASSIGNED": ("Error", "ServerResponse has an already assigned socket"),
    "ERR_HTTP_SOCKET_ENCODING": ("Error", "Changing the socket encoding is not allowed per RFC7230 Section 3."),
    "ERR_HTTP_TRAILER_INVALID": ("Error", "Trailers are invalid with this transfer encoding"),
    "ERR_ILLEGAL_CONSTRUCTOR": ("TypeError", "Illegal constructor"),
    "ERR_IMPORT_ATTRIBUTE_MISSING": ("TypeError", "Module \"{}\" needs an import attribute of \"{}: {}\""),
    "ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE": ("TypeError", "Module \"{}\" is not of type \"{}\""),
    "ERR_IMPORT_ATTRIBUTE_UNSUPPORTED": ("TypeError", "Import attribute \"{}\" with value \"{}\" is not supported in {}"),
    "ERR_INCOMPATIBLE_OPTION_PAIR": ("TypeError", "Option \"{}\" cannot be used in combination with option \"{}\""),
    "ERR_INTERNAL_ASSERTION": ("Error", "{}\nThis is caused by either a bug in Node.js or incorrect usage of Node.js internals.\nPlease open an issue with this stack trace at https://github.com/nodejs/node/issues\n"),
    "ERR_INVALID_ADDRESS_FAMILY": ("RangeError", "Invalid address family: {} {}:{}"),
    "ERR_INVALID_ARG_TYPE": ("TypeError", "{}"),
    "ERR_INVALID_ARG_VALUE": ("TypeError", "{}"),
    "ERR_INVALID_ASYNC_ID": ("RangeError", "Invalid {} value: {}"),
    "ERR_INVALID_BUFFER_SIZE": ("RangeError", "Buffer size must be a multiple of {}"),
    "ERR_INVALID_CHAR": ("TypeError", "{}"),
    "ERR_INVALID_FD": ("RangeError", "\"fd\" must be a positive integer: {}"),
    "ERR_INVALID_FD_TYPE": ("TypeError", "Unsupported fd type: {}"),
    "ERR_INVALID_FILE_URL_HOST": ("TypeError", "File URL host must be \"localhost\" or empty on {}"),
    "ERR_INVALID_FILE_URL_PATH": ("TypeError", "File URL path {}"),
    "ERR_INVALID_HANDLE_TYPE": ("TypeError", "This handle type cannot be sent"),
    "ERR_INVALID_HTTP_TOKEN": ("TypeError", "{} must be a valid HTTP token [\"{}\"]"),
    "ERR_INVALID_IP_ADDRESS": ("TypeError", "Invalid IP address: {}"),
    "ERR_INVALID_MODULE_SPECIFIER": ("TypeError", "Invalid module \"{}\" {}{}"),
    "ERR_INVALID_OBJECT_DEFINE_PROPERTY": ("TypeError", "{}"),
    "ERR_INVALID_PACKAGE_CONFIG": ("Error", "Invalid package config {}{}{}"),
    "ERR_INVALID_PACKAGE_TARGET": ("Error", "{}"),
    "ERR_INVALID_PROTOCOL": ("TypeError", "Protocol \"{}\" not supported. Expected \"{}\""),
    "ERR_INVALID_RETURN_VALUE": ("TypeError", "{}"),
    "ERR_INVALID_STATE": ("Error", "Invalid state: {}"),
    "ERR_INVALID_SYNC_FORK_INPUT": ("TypeError", "Asynchronous forks do not support Buffer, TypedArray, DataView or string input: {}"),
    "ERR_INVALID_THIS": ("TypeError", "Value of \"this\" must be of type {}"),
    "ERR_INVALID_TRANSFER_OBJECT": ("TypeError", "Found invalid object in transferList"),
    "ERR_INVALID_TUPLE": ("TypeError", "{} must be an iterable {} tuple"),
    "ERR_INVALID_TYPESCRIPT_SYNTAX": ("SyntaxError", "{}"),
    "ERR_INVALID_URI": ("URIError", "URI malformed"),
    "ERR_INVALID_URL": ("TypeError", "Invalid URL"),
    "ERR_INVALID_URL_SCHEME": ("TypeError", "The URL must be of scheme {}"),
    "ERR_IPC_CHANNEL_CLOSED": ("Error", "Channel closed"),
    "ERR_IPC_DISCONNECTED": ("Error", "IPC channel is already disconnected"),
    "ERR_IPC_ONE_PIPE": ("Error", "Child process can have only one IPC pipe"),
    "ERR_IPC_SYNC_FORK": ("Error", "IPC cannot be used with synchronous forks"),
    "ERR_IP_BLOCKED": ("Error", "IP({}) is blocked by net.BlockList"),
    "ERR_METHOD_NOT_IMPLEMENTED": ("Error", "The {} method is not implemented"),
    "ERR_MISSING_ARGS": ("TypeError", "{}"),
    "ERR_MISSING_OPTION": ("TypeError", "{} is required"),
    "ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST": ("TypeError", "Object that needs transfer was found in message but not listed in transferList"),
    "ERR_MODULE_NOT_FOUND": ("Error", "Cannot find {} '{}' imported from {}"),
    "ERR_MULTIPLE_CALLBACK": ("Error", "Callback called multiple times"),
    "ERR_OUT_OF_RANGE": ("RangeError", "{}"),
    "ERR_PACKAGE_IMPORT_NOT_DEFINED": ("TypeError", "Package import specifier \"{}\" is not defined{} imported from {}"),
    "ERR_PACKAGE_PATH_NOT_EXPORTED": ("Error", "{}"),
    "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": ("TypeError", "{}"),
    "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL": (
        "TypeError", "Unexpected argument '{}'. This command does not take positional arguments",
    ),
    "ERR_PARSE_ARGS_UNKNOWN_OPTION": ("TypeError", "{}"),
    "ERR_PERFORMANCE_INVALID_TIMESTAMP": ("TypeError", "{} is not a valid timestamp"),
    "ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS": ("TypeError", "{}"),
    "ERR_REQUIRE_ASYNC_MODULE": (
        "Error",
        "require() cannot be used on an ESM graph with top-level await. Use import() instead. "
        "To see where the top-level await comes from, use --experimental-print-required-tla.",
    ),
    "ERR_REQUIRE_CYCLE_MODULE": ("Error", "{}"),
    "ERR_REQUIRE_ESM": ("Error", "{}"),
    "ERR_SERVER_ALREADY_LISTEN": ("Error", "Listen method has been called more than once without closing."),
    "ERR_SERVER_NOT_RUNNING": ("Error", "Server is not running."),
    "ERR_SOCKET_ALREADY_BOUND": ("Error", "Socket is already bound"),
    "ERR_SOCKET_BAD_BUFFER_SIZE": ("TypeError", "Buffer size must be a positive integer"),
    "ERR_SOCKET_BAD_PORT": ("RangeError", "{}"),
    "ERR_SOCKET_BAD_TYPE": ("TypeError", "Bad socket type specified. Valid types are: udp4, udp6"),
    "ERR_SOCKET_CLOSED": ("Error", "Socket is closed"),
    "ERR_SOCKET_CLOSED_BEFORE_CONNECTION": ("Error", "Socket closed before the connection was established"),
    "ERR_SOCKET_CONNECTION_TIMEOUT": ("Error", "Socket connection timeout"),
    "ERR_SOCKET_DGRAM_IS_CONNECTED": ("Error", "Already connected"),
    "ERR_SOCKET_DGRAM_NOT_CONNECTED": ("Error", "Not connected"),
    "ERR_SOCKET_DGRAM_NOT_RUNNING": ("Error", "Not running"),
    "ERR_STREAM_ALREADY_FINISHED": ("Error", "Cannot call {} after a stream was finished"),
    "ERR_STREAM_CANNOT_PIPE": ("Error", "Cannot pipe, not readable"),
    "ERR_STREAM_DESTROYED": ("Error", "Cannot call {} after a stream was destroyed"),
    "ERR_STREAM_NULL_VALUES": ("TypeError", "May not write null values to stream"),
    "ERR_STREAM_PREMATURE_CLOSE": ("Error", "Premature close"),
    "ERR_STREAM_PUSH_AFTER_EOF": ("Error", "stream.push() after EOF"),
    "ERR_STREAM_UNSHIFT_AFTER_END_EVENT": ("Error", "stream.unshift() after end event"),
    "ERR_STREAM_WRITE_AFTER_END": ("Error", "write after end"),
    "ERR_TEST_FAILURE": ("Error", "test failed"),
    "ERR_TLS_DH_PARAM_SIZE": ("Error", "DH parameter size {} is less than 2048"),
    "ERR_TLS_ALPN_CALLBACK_INVALID_RESULT": ("TypeError", "ALPN callback returned a value ({}) that did not match any of the client's offered protocols ({})"),
    "ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS": ("TypeError", "The ALPNCallback and ALPNProtocols TLS options are mutually exclusive"),
    "ERR_TLS_CERT_ALTNAME_FORMAT": ("SyntaxError", "Invalid subject alternative name string"),
    "ERR_TLS_CERT_ALTNAME_INVALID": ("Error", "Hostname/IP does not match certificate's altnames: {}"),
    "ERR_TLS_HANDSHAKE_TIMEOUT": ("Error", "TLS handshake timeout"),
    "ERR_TLS_INVALID_CONTEXT": ("TypeError", "{} must be a SecureContext"),
    "ERR_TLS_INVALID_PROTOCOL_VERSION": ("TypeError", "{} is not a valid {} TLS protocol version"),
    "ERR_TLS_INVALID_STATE": ("Error", "TLS socket connection must be securely established"),
    "ERR_TLS_PROTOCOL_VERSION_CONFLICT": ("TypeError", "TLS protocol version {} conflicts with secureProtocol {}"),
    "ERR_TLS_RENEGOTIATION_DISABLED": ("Error", "TLS session renegotiation disabled for this socket"),
    "ERR_TLS_REQUIRED_SERVER_NAME": ("Error", "\"servername\" is required parameter for Server.addContext"),
    "ERR_TLS_SESSION_ATTACK": ("Error", "TLS session renegotiation attack detected"),
    "ERR_TLS_SNI_FROM_SERVER": ("Error", "Cannot issue SNI from a TLS server-side socket"),
    "ERR_TRAILING_JUNK_AFTER_STREAM_END": ("TypeError", "Trailing junk found after the end of the compressed stream"),
    "ERR_UNESCAPED_CHARACTERS": ("TypeError", "{} contains unescaped characters"),
    "ERR_UNHANDLED_ERROR": ("Error", "Unhandled error. ({})"),
    "ERR_UNHANDLED_REJECTION": ("Error", "{}"),
    "ERR_UNKNOWN_BUILTIN_MODULE": ("Error", "No such built-in module: {}"),
    "ERR_UNKNOWN_ENCODING": ("TypeError", "Unknown encoding: {}"),
    "ERR_UNKNOWN_FILE_EXTENSION": ("TypeError", "Unknown file extension \"{}\" for {}"),
    "ERR_UNKNOWN_MODULE_FORMAT": ("RangeError", "Unknown module format: {} for URL {}"),
    "ERR_UNKNOWN_SIGNAL": ("TypeError", "Unknown signal: {}"),
    "ERR_UNSUPPORTED_DIR_IMPORT": ("Error", "Directory import '{}' is not supported resolving ES modules imported from {}"),
    "ERR_UNSUPPORTED_ESM_URL_SCHEME": ("Error", "{}"),
    "ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING": (
        "Error", "Stripping types is currently unsupported for files under node_modules, for \"{}\""),
    "ERR_UNSUPPORTED_RESOLVE_REQUEST": (
        "TypeError",
        "Failed to resolve module specifier \"{}\" from \"{}\": Invalid relative URL or base scheme is not hierarchical.",
    ),
    "ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX": ("SyntaxError", "{}"),
    "ERR_WORKER_INVALID_EXEC_ARGV": ("Error", "Initiated Worker with invalid execArgv flags: {}"),
    "ERR_WORKER_MESSAGING_ERRORED": ("Error", "The destination thread threw an error while processing the message"),
    "ERR_WORKER_MESSAGING_FAILED": ("Error", "Cannot find the destination thread or listener"),
    "ERR_WORKER_MESSAGING_SAME_THREAD": ("Error", "Cannot sent a message to the same thread"),
    "ERR_WORKER_MESSAGING_TIMEOUT": ("Error", "Sending a message to another thread timed out"),
    "ERR_WORKER_NOT_RUNNING": ("Error", "Worker instance not running"),
    "ERR_WORKER_OUT_OF_MEMORY": ("Error", "Worker terminated due to reaching memory limit: {}"),
    "ERR_WORKER_PATH": ("TypeError", "{}"),
    "ERR_WORKER_UNSERIALIZABLE_ERROR": ("Error", "Serializing an uncaught exception failed"),
    "ERR_WORKER_UNSUPPORTED_OPERATION": ("TypeError", "{} is not supported in workers"),
    "ERR_ZLIB_INITIALIZATION_FAILED": ("Error", "Initialization failed"),
    "ERR_ZSTD_INVALID_PARAM": ("RangeError", "{} is not a valid zstd parameter"),
}


class NodeError(Exception):
    """An error raised from Python that JS sees as node's error with this `code`.

    `props` become extra own properties of the JS error (e.g. `requireStack`, `url`), after `code`.
    `native` makes it the plain class with an own `code`, as node's C++ layer throws its errors.
    A code outside CODES (MODULE_NOT_FOUND, which node's CJS loader builds by hand) takes its class and
    message from the arguments, and its printed header has no `[code]`.
    """

    def __init__(self, code: str | None, *args: object, js_class: str | None = None,
                 message: str | None = None, native: bool = False, **props: object):
        if code in CODES:
            table_class, template = CODES[code]
            js_class = js_class or table_class
            if message is None:
                message = template.format(*args)
        self.code = code
        self.js_class = js_class or "Error"
        self.message = message if message is not None else " ".join(map(str, args))
        self.props = props
        self.native = native   # thrown as node's C++ layer throws it: no "[code]" in its name line
        super().__init__(self.message)

    def __str__(self) -> str:
        head = f"{self.js_class} [{self.code}]" if self.code in CODES else self.js_class
        return f"{head}: {self.message}"


class JSError(Exception):
    """A JS exception that reached Python: the thrown value's name, message and stack.

    `value` is the engine's handle of the thrown value when the exception must be rethrown into JS
    unchanged (the trampoline does that); it is owned by the thread that raised it.
    """

    def __init__(self, name: str, message: str, stack: str = "", value: object = None,
                 uncatchable: bool = False):
        self.name = name
        self.message = message
        self.stack = stack
        self.value = value
        self.uncatchable = uncatchable   # process.exit / terminate unwinding: no JS catch stops it
        super().__init__(f"{name}: {message}" if name else message)


def module_not_found(request: str, require_stack: list[str]) -> NodeError:
    """node's CJS 'Cannot find module' error (code MODULE_NOT_FOUND, not in CODES: node builds it by hand)."""
    message = f"Cannot find module '{request}'"
    if require_stack:
        message += "\nRequire stack:\n- " + "\n- ".join(require_stack)
    return NodeError("MODULE_NOT_FOUND", js_class="Error", message=message,
                     requireStack=list(require_stack))
