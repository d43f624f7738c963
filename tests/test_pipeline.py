import pytest

from marsad.errors import Errors, PipelineError
from marsad.pipeline import DEFAULT_PIPELINE, Pipeline, registry


def test_pipeline_registry_snapshot():
    assert [n for n in registry.names() if n.startswith("marsad.")] == sorted([
        "marsad.actors.v1", "marsad.quotes.v1", "marsad.sentences.v1", "marsad.titles.v1", "marsad.figures.v1",
        "marsad.provisions.v1", "marsad.events.v1", "marsad.stances.v1", "marsad.pledges.v1"])


def test_pipeline_checks_requirements_when_built(kb):
    with pytest.raises(PipelineError) as e:
        Pipeline(["marsad.sentences.v1", "marsad.quotes.v1"], kb, None)
    assert "[E031]" in str(e.value) and "marsad.quotes.v1" in str(e.value)


def test_pipeline_unknown_component(kb):
    with pytest.raises(PipelineError) as e:
        Pipeline(["marsad.nothing.v9"], kb, None)
    assert "[E030]" in str(e.value)


def test_pipeline_analyze_lists_requires_and_assigns(nlp):
    rows = nlp.analyze()
    assert [r["name"] for r in rows] == list(DEFAULT_PIPELINE)
    assert all(r["assigns"] for r in rows)


def test_pipeline_errors_carry_their_code():
    assert Errors.E010.startswith("[E010] ")


def test_pipeline_library_api_matches_docstring():
    import marsad

    doc = marsad.extract("قال الرئيس الفرنسي إيمانويل ماكرون: «السلام ممكن».", date="2025-11-25")
    assert [m.entity.id for m in doc.mentions] == ["FRA", "emmanuel-macron"]
    assert doc.quotes[0].speaker.name == "Emmanuel Macron"
