import ahocorasick
from hypothesis import given, settings, strategies as st

from marsad.text.wordscan import SharedWords

LISTS = [
    [("ab", 1), ("b", 2), ("abc", 3), ("ca", 4)],
    [("b", "x"), ("bc", "y"), ("و", "z"), ("وب", "w")],
    [("abcab", None), ("c", 5), ("c", 6)],  # a word given twice keeps its last value
]
texts = st.lists(st.sampled_from(list("abcو ")), max_size=40).map("".join)


def _own(words):
    auto = ahocorasick.Automaton()
    for word, value in words:
        auto.add_word(word, value)
    auto.make_automaton()
    return auto


@given(st.lists(texts, min_size=1, max_size=4))
@settings(max_examples=300, deadline=None)
def test_shared_lists_find_what_their_own_automata_find(batch):
    shared = SharedWords()
    lists = [shared.add(words) for words in LISTS]
    own = [_own(words) for words in LISTS]
    for text in batch:
        for wl, auto in zip(lists, own):
            assert wl.iter(text) == list(auto.iter(text))


def test_a_list_added_later_is_found_in_a_text_already_scanned():
    shared = SharedWords()
    first = shared.add([("ab", 1)])
    text = "xab abc"
    assert first.iter(text) == [(2, 1), (5, 1)]
    second = shared.add([("bc", 2)])
    assert second.iter(text) == [(6, 2)]
    assert first.iter(text) == [(2, 1), (5, 1)]


def test_a_discarded_list_gives_its_place_to_the_next_one():
    shared = SharedWords()
    first = shared.add([("ab", 1)])
    gone = shared.add([("bc", 2)])
    text = "xab abc"
    assert gone.iter(text) == [(6, 2)]
    shared.discard(gone)
    third = shared.add([("ca", 3)])  # takes the discarded index: its old words must not show
    assert third.iter(text) == []
    assert third.iter("cab") == [(1, 3)]
    assert first.iter("cab") == [(2, 1)]


def test_a_list_discarded_during_a_build_does_not_deadlock(monkeypatch):
    # the finaliser of a collected matcher may run in the middle of a build, in the thread holding the lock
    import threading

    import marsad.text.wordscan as ws

    shared = SharedWords()
    gone = shared.add([("alpha", 1)])
    kept = shared.add([("beta", 2)])
    real = ws.build_automaton

    def build_and_collect(items):
        shared.discard(gone)  # as the garbage collector would, from a weakref.finalize callback
        return real(items)

    monkeypatch.setattr(ws, "build_automaton", build_and_collect)
    worker = threading.Thread(target=lambda: kept.iter("beta alpha"), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "discard waited for the lock its own thread holds"
    monkeypatch.setattr(ws, "build_automaton", real)
    assert [v for _, v in kept.iter("beta")] == [2]
    again = shared.add([("gamma", 3)])
    assert again._index == gone._index  # the discarded place is given to the next list
    assert [v for _, v in again.iter("gamma alpha")] == [3]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abا«» ", max_size=40), st.lists(st.sampled_from(["a", "aa", "ab", "ا", "«", " a"]), max_size=4))
def test_find_each_is_every_start_of_every_string(text, strings):
    import re

    from marsad.text.wordscan import find_all, find_each

    starts = lambda s: [m.start() for m in re.finditer(f"(?={re.escape(s)})", text)]  # noqa: E731
    assert all(find_all(text, s) == starts(s) for s in strings)
    assert find_each(text, strings) == sorted(i for s in strings for i in starts(s))
