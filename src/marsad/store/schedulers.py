"""Where ingest's extraction runs: a scheduler chosen by name.

- ``sync``: in the ingesting process, one document after another (the default with one worker);
- ``processes``: a pool of ``workers`` processes on this machine (the default with more than one);
- ``dask``: a Dask cluster of ``workers`` processes started on this machine for the run, and closed after it;
- ``tcp://HOST:PORT`` (any address Dask's client takes, ``tls://`` too): the scheduler of a running Dask cluster,
  whose workers have this version of marsad installed. Its workers may be on other machines; the documents
  travel to them and their rows come back.

Whatever the scheduler, the writing stays in the ingesting process (one writer, whole batches in order), so
ingest's guarantees hold: each document once, none with half its facts, a killed run completed by running it
again. A scheduler takes chunks of documents (``submit``) and gives back, through ``get`` on the handle it
returns, one ``(rows, error, signature)`` a document, in the chunk's order; ``plan(batch_size)`` tells ingest the
size of a chunk and how many chunks to keep in flight, so that every worker has work while it writes.
"""
from __future__ import annotations

import math
import os
import pickle
from typing import Any, Protocol

from ..errors import Errors, OptionsError, PipelineError
from ..io import Source
from ..settings import Options
from .ingest import _extract, _fewer_collections

NAMES = ("sync", "processes", "dask")


class Handle(Protocol):
    def get(self) -> list[tuple]: ...


class Scheduler(Protocol):
    name: str
    workers: int

    def plan(self, batch_size: int) -> tuple[int, int]:
        """(documents a chunk, chunks in flight) for batches of ``batch_size`` documents."""

    def submit(self, chunk: list[Source]) -> Handle: ...

    def close(self, finished: bool = True) -> None: ...


def default_name(workers: int) -> str:
    return "sync" if workers <= 1 else "processes"


def check_name(name: str) -> str:
    """``name`` if it names a scheduler (or a Dask address), else the coded error."""
    if name in NAMES or "://" in name:
        return name
    raise OptionsError(Errors.E013.format(name=name))


def get_scheduler(name: str | None, options: Options, workers: int = 1) -> Scheduler:
    """The scheduler ``name`` (see the module's text) for ``options``, with ``workers`` processes where it
    starts them."""
    name = check_name(name or default_name(workers))
    if name == "sync":
        return Sync(options)
    if name == "processes":
        return Processes(options, workers)
    return Dask(options, workers, None if name == "dask" else name)


class _Done:
    def __init__(self, value: list[tuple]):
        self.value = value

    def get(self) -> list[tuple]:
        return self.value


class _Later:
    def __init__(self, fn):
        self.fn = fn

    def get(self) -> list[tuple]:
        return self.fn()


class Sync:
    """Extraction in this process, when the handle is read (so a chunk is extracted after the one before it
    is handed to the writer)."""

    name, workers = "sync", 1

    def __init__(self, options: Options):
        from ..api import load_pipeline

        self.options, self.nlp = options, load_pipeline(options)

    def plan(self, batch_size: int) -> tuple[int, int]:
        return 1, 1

    def submit(self, chunk: list[Source]) -> Handle:
        return _Later(lambda: [_extract(self.nlp, s, self.options) for s in chunk])

    def close(self, finished: bool = True) -> None:
        pass


# ---------------------------------------------------------------- processes of this machine

_WORKER: tuple | None = None  # (pipeline, options) of an extraction process


def _worker_init(options: Options, parent: int) -> None:
    import signal
    import sys
    import threading
    import time

    from ..api import load_pipeline

    # Ctrl-C and a killed ingest are the main process's business: a worker stays quiet (an extraction
    # error travels back with its document) and leaves when its parent is gone.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.stderr = open(os.devnull, "w")
    global _WORKER
    _WORKER = (load_pipeline(options), options)
    _fewer_collections()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _worker_extract(src: Source):
    nlp, options = _WORKER
    return _extract(nlp, src, options)


class Processes:
    """A pool of processes on this machine; the next chunk is extracted while this process writes."""

    name = "processes"

    def __init__(self, options: Options, workers: int):
        import multiprocessing as mp

        self.workers = workers
        ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        self.pool = ctx.Pool(workers, initializer=_worker_init, initargs=(options, os.getpid()))

    def plan(self, batch_size: int) -> tuple[int, int]:
        return batch_size, 1

    def submit(self, chunk: list[Source]) -> Handle:
        return self.pool.map_async(_worker_extract, chunk, chunksize=max(1, len(chunk) // 8))

    def close(self, finished: bool = True) -> None:
        if finished:
            self.pool.close()
        else:
            self.pool.terminate()
        self.pool.join()


# ---------------------------------------------------------------- Dask

_DASK_PIPELINES: dict[bytes, Any] = {}  # the pipelines of a Dask worker process, by their pickled options


def _dask_extract(options: bytes, chunk: list[Source]) -> list[tuple]:
    """A task: the rows of ``chunk``, with the pipeline of ``options`` (loaded once a worker process)."""
    loaded = _DASK_PIPELINES.get(options)
    if loaded is None:
        from ..api import load_pipeline

        opts = pickle.loads(options)
        loaded = _DASK_PIPELINES[options] = (load_pipeline(opts), opts)
        _fewer_collections()
    nlp, opts = loaded
    return [_extract(nlp, s, opts) for s in chunk]


def _worker_version() -> str:
    from .. import __version__

    return __version__


class _Futures:
    def __init__(self, client, futures: list):
        self.client, self.futures = client, futures

    def get(self) -> list[tuple]:
        try:
            parts = self.client.gather(self.futures)
        except Exception as e:  # a lost worker, a lost scheduler: the run stops; what is written stays whole
            raise PipelineError(Errors.E016.format(reason=f"{type(e).__name__}: {e}")) from e
        finally:
            self.futures = []
        return [row for part in parts for row in part]


class Dask:
    """A Dask cluster: one started here for the run (``address`` None, ``workers`` processes of one thread),
    or the running one whose scheduler is at ``address``. A chunk is cut into pieces, one task each, and
    enough chunks are kept in flight to give every worker thread two pieces."""

    name = "dask"
    PIECE = 25  # documents a task: about 0.1 s of work, against a few ms of scheduling

    def __init__(self, options: Options, workers: int, address: str | None):
        try:
            import dask  # noqa: F401
            from distributed import Client, LocalCluster
        except ImportError as e:
            raise OptionsError(Errors.E014.format(reason=str(e))) from e
        import logging

        self.cluster = None
        self.address = address
        self.options = pickle.dumps(options)
        # the cluster's own chatter (heartbeats, connections closed at shutdown) is not the user's business
        for name in ("distributed", "distributed.worker", "distributed.scheduler", "distributed.nanny",
                     "distributed.core", "distributed.comm", "distributed.batched", "tornado"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        try:
            if address is None:
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None, silence_logs=logging.CRITICAL)
                self.client = Client(self.cluster)
            else:
                self.client = Client(address)  # waits as long as distributed.comm.timeouts.connect says
        except (OSError, TimeoutError) as e:
            self.close(finished=False)
            raise PipelineError(Errors.E015.format(address=address or "a local cluster", reason=e)) from e
        versions = self.client.run(_worker_version)
        if not versions:
            self.close(finished=False)
            raise PipelineError(Errors.E015.format(address=address, reason="the cluster has no workers"))
        mine = _worker_version()
        for worker, version in sorted(versions.items()):
            if version != mine:
                self.close(finished=False)
                raise PipelineError(Errors.E017.format(worker=worker, version=version, mine=mine))
        self.workers = sum(self.client.nthreads().values())
        self.piece = self.PIECE

    def plan(self, batch_size: int) -> tuple[int, int]:
        """Chunks of a batch, cut in pieces of at most PIECE documents (fewer where that leaves a worker thread
        idle); in flight, enough chunks for two pieces a worker thread, and at least two."""
        self.piece = max(1, min(self.PIECE, math.ceil(batch_size / (2 * self.workers))))
        pieces = math.ceil(batch_size / self.piece)
        return batch_size, max(2, math.ceil(2 * self.workers / pieces))

    def submit(self, chunk: list[Source]) -> Handle:
        n = self.piece
        pieces = [chunk[i:i + n] for i in range(0, len(chunk), n)]
        futures = self.client.map(_dask_extract, [self.options] * len(pieces), pieces, pure=False)
        return _Futures(self.client, futures)

    def close(self, finished: bool = True) -> None:
        import contextlib

        client = getattr(self, "client", None)
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()
        if self.cluster is not None:
            with contextlib.suppress(Exception):
                self.cluster.close()
