"""The graphs kg writes conform to the package's SHACL shapes and use only ontology terms."""

from __future__ import annotations

import rdflib
from pyshacl import validate

from kg.ontology import KG, KG_URI, shapes_path

from conftest import needs_shared


def _graph(store) -> rdflib.Graph:
    return rdflib.Graph().parse(data=store.serialize("ntriples").decode("utf-8"), format="nt")


def test_sample_graph_conforms(sample_store):
    conforms, _, text = validate(_graph(sample_store), shacl_graph=rdflib.Graph().parse(shapes_path()))
    assert conforms, text


@needs_shared
def test_seed_graph_conforms(seed_store):
    conforms, _, text = validate(_graph(seed_store), shacl_graph=rdflib.Graph().parse(shapes_path()))
    assert conforms, text


def test_only_ontology_terms_are_used(sample_store):
    used = {str(t) for triple in _graph(sample_store) for t in triple if str(t).startswith(KG_URI)}
    assert used and all(rdflib.URIRef(u) in KG for u in used)
