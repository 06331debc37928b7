"""`kg serve` over loopback, with a real SPARQL client (SPARQLWrapper)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from SPARQLWrapper import CSV, JSON, TSV, TURTLE, XML, SPARQLWrapper

from kg.server import Server
from kg.store import GraphStore

import graphfixture


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("served") / "store"
    graphfixture.build(path).flush()
    store = GraphStore(path, create=False, read_only=True)
    with Server(store, "127.0.0.1", 0, timeout=0.5) as srv:
        yield srv


def client(server, query, fmt=JSON, method="GET"):
    sw = SPARQLWrapper(server.url)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    sw.setMethod(method)
    return sw.query()


COUNT = "PREFIX kg: <https://w3id.org/kg-bilateral/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?r kg:relationType \"MEMBER_OF\" }"


def test_select_as_json_by_get_and_post(server):
    for method in ("GET", "POST"):
        result = client(server, COUNT, JSON, method).convert()
        assert result["results"]["bindings"][0]["n"]["value"] == "6"


def test_select_as_xml_csv_tsv(server):
    xml = client(server, COUNT, XML).convert()
    assert xml.getElementsByTagName("literal")[0].firstChild.data == "6"
    assert client(server, COUNT, CSV).convert().decode().splitlines() == ["n", "6"]
    tsv = client(server, COUNT, TSV).convert().decode().splitlines()
    # SPARQL 1.1 TSV writes terms in Turtle syntax: an integer as a bare 6 or a typed literal
    assert tsv[0] == "?n" and tsv[1] in ("6", '"6"^^<http://www.w3.org/2001/XMLSchema#integer>')


def test_ask_and_construct(server):
    ask = client(server, "ASK { ?s ?p ?o }", JSON).convert()
    assert ask["boolean"] is True
    g = client(server, "PREFIX kg: <https://w3id.org/kg-bilateral/ontology#> CONSTRUCT { ?s kg:memberOf ?o } WHERE { ?s kg:memberOf ?o }", TURTLE).convert()
    import rdflib

    parsed = rdflib.Graph().parse(data=g, format="turtle")
    assert len(parsed) == 6


def test_update_is_refused(server):
    req = urllib.request.Request(server.url, data=b"DELETE WHERE { ?s ?p ?o }", headers={"Content-Type": "application/sparql-update"})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(req)
    assert info.value.code == 403
    assert "read-only" in info.value.read().decode()
    assert client(server, COUNT).convert()["results"]["bindings"][0]["n"]["value"] == "6"


def test_malformed_query_is_a_400_with_the_parser_message(server):
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(server.url + "?query=SELECT%20WHERE%20%7B")
    assert info.value.code == 400
    assert info.value.read().decode().startswith("malformed SPARQL: error at 1:")


def test_a_slow_query_is_stopped_at_the_time_limit(server):
    # a cross join of the whole graph with itself three times: seconds, well over the limit
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STRLEN(STR(?c)) > 0) }"
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(server.url + "?" + urllib.parse.urlencode({"query": slow}))
    assert info.value.code == 503
    assert "limit" in info.value.read().decode()


def test_the_page_is_served(server):
    page = urllib.request.urlopen(f"http://127.0.0.1:{server.port}/").read().decode()
    assert page.startswith("<!DOCTYPE html>") and "kg: the live graph" in page
    data = json.loads(page.split('<script id="kg-data" type="application/json">', 1)[1].split("</script>", 1)[0])
    assert {n["id"] for n in data["nodes"]} >= {"RUS", "IND", "PAK", "Quad", "SCO"}


def test_listens_on_loopback_by_default(tmp_path):
    """A Server made without a host listens on loopback only, as the kernel sees it."""
    from conftest import listening_addresses

    store = graphfixture.build(tmp_path / "store")
    with Server(store, port=0) as srv:
        assert listening_addresses(srv.port) == {"127.0.0.1"}
