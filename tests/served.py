"""`legcheck serve` in a subprocess on a free loopback port, for the tests that talk to a real server."""

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LEGCHECK = str(Path(sys.executable).with_name("legcheck"))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def served_legcheck(lifetime=120, threads=4):
    """`legcheck serve --no-verify` on a free loopback port (it kills itself after `lifetime` s)."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key != "SKILL_ID"}
    command = [LEGCHECK, "serve", "--no-verify", "--host", "127.0.0.1", "--port", str(port),
               "--threads", str(threads)]
    with tempfile.TemporaryFile("w+") as log:  # a file, not a pipe: a full pipe would stall the server
        server = subprocess.Popen(command, stdout=log, stderr=log, text=True, env=env,
                                  preexec_fn=lambda: signal.alarm(lifetime))
        try:
            wait_for_health(server, port)
            yield port
        finally:
            server.terminate()
            server.wait(timeout=10)


def wait_for_health(server, port):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert server.poll() is None, "legcheck serve exited"
        with contextlib.suppress(OSError):
            if health(port) == 200:
                return
        time.sleep(0.1)
    raise AssertionError("legcheck serve did not answer /health in 30 s")


def health(port):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", "/health")
        return connection.getresponse().status
    finally:
        connection.close()
