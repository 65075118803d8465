#!/usr/bin/env python3
"""A stand-in for Anthropic's Messages API on loopback, for bench/planning.sh: every reply waits
--delay seconds (a slow model), then fits the JSON Schema quoted in the system prompt (or is a line of
text), as JSON or, for "stream": true, as the API's Server-Sent Events. POST /control/delay?seconds=N
changes the delay. Not a test double for correctness (that is FakeAnthropic in the tests)."""
import argparse
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

START = "with no properties it does not name:\n"
END = "\n\nThe section to write:"
state = {"delay": 2.0, "count": 0}
lock = threading.Lock()


def sample(root, schema, name, depth=0):
    ref = schema.get("$ref", "")
    if ref.startswith("#/$defs/"):
        schema = root["$defs"][ref[len("#/$defs/"):]]
    if schema.get("examples"):
        return schema["examples"][0]
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type", "object")
    if kind == "object":
        return {k: sample(root, v, k, depth + 1) for k, v in schema.get("properties", {}).items()} if depth < 6 else {}
    if kind == "array":
        count = max(2, schema.get("minItems", 0))
        count = min(count, schema.get("maxItems", count))
        return [sample(root, schema.get("items", {}), name, depth + 1) for _ in range(count)]
    if kind in ("integer", "number"):
        low = schema.get("minimum", 0)
        span = schema.get("maximum", low + 100) - low
        value = low + (span / 2 if span <= 100 else 6 if span <= 240 else 1000)
        return int(value) if kind == "integer" else float(value)
    if kind == "boolean":
        return True
    return ("[bench model] " + name.replace("_", " "))[: schema.get("maxLength", 1000)]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        url = urlparse(self.path)
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length)
        if url.path == "/control/delay":
            state["delay"] = float(parse_qs(url.query)["seconds"][0])
            self.reply(200, "application/json", b"{}")
            return
        request = json.loads(body)
        with lock:
            state["count"] += 1
        time.sleep(state["delay"])
        system = request.get("system", "")
        if isinstance(system, list):
            system = "".join(block.get("text", "") for block in system)
        if START in system and END in system:
            schema = json.loads(system[system.index(START) + len(START): system.index(END)])
            text = json.dumps(sample(schema, schema, "reply"))
        else:
            text = "A reply from the bench model."
        model = request.get("model", "bench")
        if request.get("stream"):
            self.stream(model, text)
        else:
            message = {"id": "msg_bench", "type": "message", "role": "assistant", "model": model,
                       "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
                       "stop_sequence": None, "usage": {"input_tokens": 100, "output_tokens": len(text) // 4}}
            self.reply(200, "application/json", json.dumps(message).encode())

    def do_GET(self):
        self.reply(200, "application/json", json.dumps(state).encode())

    def stream(self, model, text):
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        def event(name, data):
            self.wfile.write(("event: %s\ndata: %s\n\n" % (name, json.dumps(data))).encode())
        event("message_start", {"type": "message_start", "message": {"id": "msg_bench", "type": "message",
              "role": "assistant", "model": model, "content": [], "stop_reason": None, "stop_sequence": None,
              "usage": {"input_tokens": 100, "output_tokens": 1}}})
        event("content_block_start", {"type": "content_block_start", "index": 0,
              "content_block": {"type": "text", "text": ""}})
        for at in range(0, len(text), 200):
            event("content_block_delta", {"type": "content_block_delta", "index": 0,
                  "delta": {"type": "text_delta", "text": text[at:at + 200]}})
        event("content_block_stop", {"type": "content_block_stop", "index": 0})
        event("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
              "usage": {"output_tokens": len(text) // 4}})
        event("message_stop", {"type": "message_stop"})
        self.wfile.flush()
        self.close_connection = True

    def reply(self, status, kind, data):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=18090)
    parser.add_argument("--delay", type=float, default=2.0)
    args = parser.parse_args()
    state["delay"] = args.delay
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.request_queue_size = 1024
    server.serve_forever()
