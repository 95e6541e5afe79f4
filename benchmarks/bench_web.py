"""Web throughput: whole interviews over many concurrent sessions against `legcheck serve --no-verify`.

    .venv/bin/python benchmarks/bench_web.py [--sessions 32] [--threads 8] [--seconds 10] [--interviews N]

The server runs on a free port of 127.0.0.1 (waitress, its default 4 worker threads). Client threads (each
with one keep-alive http.client connection) take turns between their share of the open sessions; each
session replays a vignette's whole interview (the requests lambda_handler needed in-process, see
bench_turn.interview_scripts) carrying the session attributes of each answer to the next request, and
must end with that vignette's triage and causes. A finished session is replaced by the next vignette
until the time or the interview count runs out. Errors: failed connections, statuses other than 200,
unreadable answers, wrong results. The baseline is the hello skill (benchmarks/minimal_skill.py) under
the same waitress settings, given the same requests. Each server is stopped at the end and, failing
that, stops itself (SIGALRM) a minute after the time limit.
"""
import argparse
import http.client
import itertools
import json
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from benchmarks import bench_turn
from legcheck.skill.outcome import outcome

LOOPBACK = "127.0.0.1"


def free_port():
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


def commands(port, threads):
    """The server command lines: Leg Check's and the hello skill's."""
    legcheck = str(Path(sys.executable).with_name("legcheck"))
    hello = [sys.executable, str(bench_turn.REPO / "benchmarks" / "minimal_skill.py")]
    options = ["--port", str(port), "--threads", str(threads)]
    return {"leg check": [legcheck, "serve", "--no-verify", "--host", LOOPBACK, *options],
            "hello skill": [*hello, *options]}


def start(command, port, lifetime):
    """Start a server that kills itself after `lifetime` seconds; return it once /health answers."""
    log = tempfile.TemporaryFile("w+")  # a file, not a pipe: a full pipe would stall the server
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log, text=True,
                              preexec_fn=lambda: signal.alarm(int(lifetime)))
    server.log = log
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"server exited: {stop(server)}")
        try:
            with urllib.request.urlopen(f"http://{LOOPBACK}:{port}/health", timeout=2) as answer:
                if answer.read() == b"ok":
                    return server
        except OSError:
            time.sleep(0.1)
    stop(server)
    raise RuntimeError("server did not answer /health within 30 s")


def stop(server):
    """Stop the server; return what it wrote to stderr."""
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    server.log.seek(0)
    text = server.log.read()
    server.log.close()
    return text


class Load:
    """A bounded load: `sessions` open interviews shared by `threads` client threads."""

    def __init__(self, port, scripts, check, sessions, threads, seconds, interviews):
        self.port, self.scripts, self.check = port, scripts, check
        self.per_thread = [len(range(i, sessions, threads)) for i in range(threads)]
        self.deadline = time.monotonic() + seconds
        self.tickets = iter(range(interviews))
        self.lock = threading.Lock()
        self.latencies, self.errors, self.completed, self.serial = [], 0, 0, itertools.count()

    def new_session(self):
        with self.lock:
            ticket = next(self.tickets, None)
        if ticket is None:
            return None
        return {"script": ticket % len(self.scripts), "turn": 0, "attributes": {}, "id": next(self.serial)}

    def send(self, connection, session):
        names, expected = self.scripts[session["script"]]
        request = bench_turn.envelope(names[session["turn"]], session["attributes"])
        request["session"]["sessionId"] = f"amzn1.echo-api.session.bench-{session['id']}"
        body = json.dumps(request).encode()
        start = time.perf_counter()
        connection.request("POST", "/", body=body, headers={"Content-Type": "application/json"})
        answer = connection.getresponse()
        data = answer.read()
        self.latencies.append(time.perf_counter() - start)
        if answer.status != 200:
            raise ValueError(f"HTTP {answer.status}")
        response = json.loads(data)
        if not response["response"]["outputSpeech"]:
            raise ValueError("no speech")
        session["attributes"], session["turn"] = response.get("sessionAttributes") or {}, session["turn"] + 1
        if session["turn"] < len(names):
            return False
        attributes = session["attributes"]
        if self.check and outcome(attributes) != expected:
            raise ValueError("wrong result")
        return True

    def client(self, count):
        connection = http.client.HTTPConnection(LOOPBACK, self.port, timeout=10)
        sessions = [session for session in (self.new_session() for _ in range(count)) if session]
        errors = completed = 0
        while sessions and time.monotonic() < self.deadline:
            session = sessions.pop(0)
            try:
                finished = self.send(connection, session)
            except (OSError, http.client.HTTPException, ValueError, KeyError, TypeError):
                errors, finished = errors + 1, True
                connection.close()
            completed += finished
            replacement = self.new_session() if finished else session
            if replacement is not None:
                sessions.append(replacement)
        connection.close()
        with self.lock:
            self.errors, self.completed = self.errors + errors, self.completed + completed

    def run(self):
        started = time.perf_counter()
        workers = [threading.Thread(target=self.client, args=(count,)) for count in self.per_thread]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        elapsed = time.perf_counter() - started
        median, p99 = bench_turn.summary(self.latencies) if self.latencies else (float("nan"),) * 2
        return {"requests": len(self.latencies), "rps": len(self.latencies) / elapsed, "errors": self.errors,
                "interviews": self.completed, "median": median, "p99": p99, "seconds": elapsed}


def measure(args):
    scripts = bench_turn.interview_scripts()
    figures = {}
    for name, check in (("leg check", True), ("hello skill", False)):
        port = free_port()
        server = start(commands(port, args.server_threads)[name], port, args.seconds + 60)
        try:
            figures[name] = Load(port, scripts, check, args.sessions, args.threads, args.seconds,
                                 args.interviews).run()
        finally:
            stop(server)
    return figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=32, help="interviews open at once")
    parser.add_argument("--threads", type=int, default=8, help="client threads")
    parser.add_argument("--seconds", type=float, default=10, help="time limit per server")
    parser.add_argument("--interviews", type=int, default=5000, help="interview limit per server")
    parser.add_argument("--server-threads", type=int, default=4, help="waitress threads (both servers)")
    args = parser.parse_args(argv)
    bench_turn.os.environ.pop("SKILL_ID", None)
    figures = measure(args)
    print(f"web load: {args.sessions} sessions, {args.threads} client threads, {args.server_threads} server "
          f"threads, <= {args.seconds:g} s and <= {args.interviews} interviews per server, {LOOPBACK}")
    for name, f in figures.items():
        print(f"{name:<12} {f['rps']:7.1f} requests/s  median {f['median']:.1f} ms  p99 {f['p99']:.1f} ms  "
              f"errors {f['errors']}  ({f['requests']} requests, {f['interviews']} whole interviews, "
              f"{f['seconds']:.1f} s)")
    ratio = figures["leg check"]["rps"] / figures["hello skill"]["rps"]
    print(f"throughput ratio (leg check / hello skill) {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
