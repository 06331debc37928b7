"""The ontology (kg/data/ontology.ttl) and the SHACL shapes (kg/data/shapes.ttl)."""

from __future__ import annotations

import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

from kg.ontology import DCTERMS, KG, KG_URI, PROV, RELATION_TYPES, ontology_path, shapes_path

from conftest import ROOT, needs_shared

KGSH = Namespace("https://w3id.org/kg-bilateral/shapes#")
ID = Namespace("https://w3id.org/kg-bilateral/id/")

#: Every term of the closed namespace (ClosedNamespace lists its terms through dir()).
KG_TERMS = sorted(dir(KG))

QUAD_INDIVIDUAL = {
    "verbal cooperation": KG.VerbalCooperation,
    "material cooperation": KG.MaterialCooperation,
    "verbal conflict": KG.VerbalConflict,
    "material conflict": KG.MaterialConflict,
}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")


# --------------------------------------------------------------------------- ontology


def test_closed_namespace_listing(onto):
    # 70 core terms (kg:Group, kg:groupOf and kg:sector since 2026-12-03), plus one class and one truthy property per relation type.
    assert len(RELATION_TYPES) == 21
    assert len(KG_TERMS) == 70 + 2 * 21
    # the code's closed namespace and the ontology file name the same terms, no more
    declared = {str(s)[len(KG_URI):] for s in onto.subjects() if str(s).startswith(KG_URI)}
    assert set(KG_TERMS) == declared
    with pytest.raises(KeyError):
        KG["notAKgTerm"]  # a term outside the list is refused, not minted


def test_ontology_parses_with_header(onto):
    assert len(onto) > 0
    headers = list(onto.subjects(RDF.type, OWL.Ontology))
    assert headers == [URIRef("https://w3id.org/kg-bilateral/ontology")]
    (header,) = headers
    assert onto.value(header, DCTERMS.description) is not None
    comment = str(onto.value(header, RDFS.comment))
    for credit in ("CAMEO", "PLOVER", "Draft 0.8", "17 September 2021",
                   "Open Event Data Alliance", "CC BY-SA 4.0"):
        assert credit in comment


@pytest.mark.parametrize("name", KG_TERMS)
def test_every_term_has_label_and_comment(onto, name):
    term = KG[name]
    assert onto.value(term, RDFS.label) is not None, f"kg:{name} has no rdfs:label"
    assert onto.value(term, RDFS.comment) is not None, f"kg:{name} has no rdfs:comment"


def test_only_terms_of_the_closed_namespace_are_used(onto):
    used = {
        node
        for triple in onto
        for node in triple
        if isinstance(node, URIRef) and str(node).startswith(KG_URI)
    }
    unknown = sorted(str(u) for u in used if u not in KG)
    assert unknown == []
    # ... and every term is used (defined) in the file.
    assert {KG[name] for name in KG_TERMS} <= used


def test_core_class_hierarchy(onto):
    for sub in ("Country", "Organisation", "Person"):
        assert (KG[sub], RDFS.subClassOf, KG.Actor) in onto
    for sub in ("StateRelation", "EventRelation"):
        assert (KG[sub], RDFS.subClassOf, KG.Relation) in onto
    assert (KG.Article, RDFS.subClassOf, PROV.Entity) in onto
    assert set(onto.subjects(RDF.type, KG.QuadClass)) == set(QUAD_INDIVIDUAL.values())


@pytest.mark.parametrize("name", list(RELATION_TYPES))
def test_relation_type_class(onto, name):
    rt = RELATION_TYPES[name]
    cls, prop = KG[rt.cls], KG[rt.prop]
    assert (cls, RDF.type, OWL.Class) in onto
    parent = KG.StateRelation if rt.family == "state" else KG.EventRelation
    assert set(onto.objects(cls, RDFS.subClassOf)) == {parent}
    assert list(onto.objects(cls, KG.ploverType)) == [Literal(name)]
    assert list(onto.objects(cls, KG.truthyProperty)) == [prop]
    assert list(onto.objects(cls, KG.isSymmetric)) == [Literal(rt.symmetric)]
    assert onto.value(cls, KG.directionNote) is not None
    # the truthy property points back at its class and sits under kg:relatedTo
    assert (prop, RDF.type, OWL.ObjectProperty) in onto
    assert list(onto.objects(prop, KG.relationClass)) == [cls]
    assert list(onto.objects(prop, RDFS.subPropertyOf)) == [KG.relatedTo]
    assert list(onto.objects(prop, RDFS.domain)) == [KG.Actor]
    codes = {str(c) for c in onto.objects(cls, KG.cameoCode)}
    if rt.family == "event":
        assert list(onto.objects(cls, KG.quadClass)) == [QUAD_INDIVIDUAL[rt.quad_class]]
        (weight,) = onto.objects(cls, KG.goldstein)
        assert weight.datatype == XSD.decimal
        assert -10 <= weight.toPython() <= 10
        assert codes, f"{name} has no CAMEO code"
    else:
        assert list(onto.objects(cls, KG.quadClass)) == []
        assert list(onto.objects(cls, KG.goldstein)) == []
        assert codes == set()


def test_symmetric_properties_are_exactly_the_symmetric_types(onto):
    symmetric = set(onto.subjects(RDF.type, OWL.SymmetricProperty))
    assert symmetric == {KG.partner, KG.ally, KG.rival, KG.agree, KG.cooperate}
    assert symmetric == {KG[rt.prop] for rt in RELATION_TYPES.values() if rt.symmetric}


def test_cameo_codes_and_weights(onto):
    aid = {str(c) for c in onto.objects(KG.Aid, KG.cameoCode)}
    assert {"07", "073"} <= aid
    assert aid == {"07", "070", "071", "072", "073", "074", "075"}
    # codes are plain strings (leading zeros kept)
    assert all(c.datatype is None and c.language is None for c in onto.objects(KG.Aid, KG.cameoCode))
    assert onto.value(KG.Aid, KG.goldstein) == Literal("7.0", datatype=XSD.decimal)
    assert onto.value(KG.Reject, KG.quadClass) == KG.VerbalConflict
    assert onto.value(KG.Reject, KG.goldstein) == Literal("-4.0", datatype=XSD.decimal)
    # the table maps 163 (embargo, sanctions) to COERCE and 1712 (destroy property) to ASSAULT
    assert Literal("163") in set(onto.objects(KG.Coerce, KG.cameoCode))
    assert Literal("163") not in set(onto.objects(KG.Sanction, KG.cameoCode))
    assert Literal("1712") in set(onto.objects(KG.Assault, KG.cameoCode))
    # root 08 (yield) is split between CONCEDE and RETREAT
    assert Literal("08") in set(onto.objects(KG.Concede, KG.cameoCode))
    assert Literal("08") in set(onto.objects(KG.Retreat, KG.cameoCode))
    # no CAMEO code is listed under two event types, except the shared root 08
    seen: dict[str, URIRef] = {}
    for cls, code in onto.subject_objects(KG.cameoCode):
        if str(code) != "08":
            assert seen.setdefault(str(code), cls) == cls, f"CAMEO {code} under two types"


def test_relation_node_properties(onto):
    assert onto.value(KG.confidence, RDFS.range) == XSD.decimal
    assert onto.value(KG.startOffset, RDFS.range) == XSD.integer
    assert onto.value(KG.endOffset, RDFS.range) == XSD.integer
    assert onto.value(KG.speaker, RDFS.range) == KG.Person
    assert onto.value(KG.actsFor, RDFS.domain) == KG.Person
    for ann in ("truthyProperty", "relationClass", "quadClass", "ploverType",
                "cameoCode", "goldstein", "isSymmetric", "directionNote"):
        assert (KG[ann], RDF.type, OWL.AnnotationProperty) in onto


# --------------------------------------------------------------------------- shapes

ARTICLE = ID["article/000_seed_russia_india_pakistan"]
DAY = ID["day/2024-05-01"]
RUS, PAK = ID["actor/RUS"], ID["actor/PAK"]
LAVROV = ID["actor/sergei-lavrov"]
EDGE = ID["relation/rus-aid-pak"]


def sample_graph() -> Graph:
    """One article, two countries, a person and one fully described AID relation."""
    g = Graph()
    g.add((ARTICLE, RDF.type, KG.Article))
    g.add((ARTICLE, DCTERMS.title, Literal("Russia, India and Pakistan")))
    g.add((ARTICLE, DCTERMS.date, Literal("2024-05-01", datatype=XSD.date)))
    g.add((ARTICLE, DCTERMS.source, URIRef("https://example.org/news/1")))
    g.add((ARTICLE, KG.fileName, Literal("000_seed_russia_india_pakistan.txt")))
    g.add((ARTICLE, KG.publishedOn, DAY))
    g.add((DAY, RDF.type, KG.Day))
    g.add((DAY, KG.dayDate, Literal("2024-05-01", datatype=XSD.date)))
    for node, code, name in ((RUS, "RUS", "Russia"), (PAK, "PAK", "Pakistan")):
        g.add((node, RDF.type, KG.Country))
        g.add((node, KG.actorId, Literal(code)))
        g.add((node, KG.kind, Literal("Country")))
        g.add((node, RDFS.label, Literal(name, lang="en")))
    g.add((LAVROV, RDF.type, KG.Person))
    g.add((LAVROV, KG.actorId, Literal("sergei-lavrov")))
    g.add((LAVROV, RDFS.label, Literal("Sergei Lavrov", lang="en")))
    g.add((LAVROV, KG.actsFor, RUS))
    g.add((LAVROV, KG.roleTitle, Literal("Foreign Minister")))
    g.add((EDGE, RDF.type, KG.Aid))
    g.add((EDGE, KG.relationType, Literal("AID")))
    g.add((EDGE, KG.subject, RUS))
    g.add((EDGE, KG.object, PAK))
    g.add((EDGE, KG.mode, Literal("military")))
    g.add((EDGE, KG.context, Literal("counterterrorism")))
    g.add((EDGE, KG.speaker, LAVROV))
    g.add((EDGE, KG.confidence, Literal("0.9", datatype=XSD.decimal)))
    g.add((EDGE, KG.evidence, Literal(
        "On counterterrorism (CT) efforts, Lavrov reaffirmed Russia's readiness "
        "to supply Pakistan with relevant military equipment.")))
    g.add((EDGE, KG.startOffset, Literal(120)))
    g.add((EDGE, KG.endOffset, Literal(233)))
    g.add((EDGE, KG.modality, Literal("future")))
    g.add((EDGE, KG.articleCount, Literal(1)))
    g.add((EDGE, PROV.wasDerivedFrom, ARTICLE))
    g.add((RUS, KG.aid, PAK))
    return g


def run_shacl(data: Graph, shapes: Graph) -> tuple[bool, Graph]:
    conforms, report, _text = validate(data, shacl_graph=shapes, inference="none")
    return conforms, report


def results(report: Graph) -> list[dict]:
    out = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        out.append({
            "focus": report.value(r, SH.focusNode),
            "path": report.value(r, SH.resultPath),
            "shape": report.value(r, SH.sourceShape),
            "component": report.value(r, SH.sourceConstraintComponent),
            "value": report.value(r, SH.value),
            "message": str(report.value(r, SH.resultMessage)),
            "severity": report.value(r, SH.resultSeverity),
        })
    return out


def test_shapes_have_names_and_messages(shapes):
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    prop_shapes = set(shapes.subjects(RDF.type, SH.PropertyShape))
    assert node_shapes == {KGSH.RelationShape, KGSH.ArticleShape, KGSH.CountryShape,
                           KGSH.OrganisationShape, KGSH.GroupShape, KGSH.PersonShape, KGSH.TieShape,
                           KGSH.PendingShape, KGSH.DayShape}
    assert prop_shapes == set(shapes.objects(None, SH.property))
    for shape in node_shapes | prop_shapes:
        assert shapes.value(shape, SH.name) is not None, shape
        assert shapes.value(shape, SH.message) is not None, shape
    assert shapes.value(KGSH.RelationShape, SH.targetSubjectsOf) == KG.relationType
    # the 21 contract names, no more, no fewer
    from rdflib.collection import Collection
    names = Collection(shapes, shapes.value(KGSH.RelationTypeShape, SH["in"]))
    assert sorted(str(n) for n in names) == sorted(RELATION_TYPES)


def test_shapes_use_only_terms_of_the_closed_namespace(shapes):
    used = {n for t in shapes for n in t if isinstance(n, URIRef) and str(n).startswith(KG_URI)}
    assert used and all(u in KG for u in used)


def test_sample_graph_conforms(shapes):
    conforms, report = run_shacl(sample_graph(), shapes)
    assert results(report) == []
    assert conforms is True


def test_relation_without_subject_is_reported(shapes):
    g = sample_graph()
    g.remove((EDGE, KG.subject, None))
    conforms, report = run_shacl(g, shapes)
    assert conforms is False
    (res,) = results(report)
    assert res["focus"] == EDGE
    assert res["path"] == KG.subject
    assert res["shape"] == KGSH.RelationSubjectShape
    assert res["component"] == SH.MinCountConstraintComponent
    assert res["severity"] == SH.Violation
    assert res["message"] == "a relation needs exactly one subject, given as an IRI"


def test_country_with_long_code_is_reported(shapes):
    g = sample_graph()
    g.set((RUS, KG.actorId, Literal("RUSSIA")))
    conforms, report = run_shacl(g, shapes)
    assert conforms is False
    (res,) = results(report)
    assert res["focus"] == RUS
    assert res["path"] == KG.actorId
    assert res["shape"] == KGSH.CountryActorIdShape
    assert res["component"] == SH.PatternConstraintComponent
    assert res["value"] == Literal("RUSSIA")
    assert res["message"].startswith("a country needs exactly one actor id")


@pytest.mark.parametrize(
    ("mutate", "shape", "component"),
    [
        (lambda g: g.set((EDGE, KG.relationType, Literal("HELPS"))),
         KGSH.RelationTypeShape, SH.InConstraintComponent),
        (lambda g: g.set((EDGE, KG.confidence, Literal("1.5", datatype=XSD.decimal))),
         KGSH.RelationConfidenceShape, SH.MaxInclusiveConstraintComponent),
        (lambda g: g.set((EDGE, KG.confidence, Literal(0.9))),  # a double, not a decimal
         KGSH.RelationConfidenceShape, SH.DatatypeConstraintComponent),
        (lambda g: g.set((EDGE, KG.startOffset, Literal(-1))),
         KGSH.RelationStartOffsetShape, SH.MinInclusiveConstraintComponent),
        (lambda g: g.set((EDGE, KG.modality, Literal("past"))),
         KGSH.RelationModalityShape, SH.InConstraintComponent),
        (lambda g: g.set((EDGE, KG.evidence, Literal(""))),
         KGSH.RelationEvidenceShape, SH.MinLengthConstraintComponent),
        (lambda g: g.set((EDGE, KG.object, BNode())),
         KGSH.RelationObjectShape, SH.NodeKindConstraintComponent),
        (lambda g: g.remove((ARTICLE, RDF.type, KG.Article)),
         KGSH.RelationArticleShape, SH.ClassConstraintComponent),
        (lambda g: g.remove((LAVROV, RDF.type, KG.Person)),
         KGSH.RelationSpeakerShape, SH.ClassConstraintComponent),
        (lambda g: g.set((ARTICLE, DCTERMS.date, Literal("1 May 2024"))),
         KGSH.ArticleDateShape, SH.DatatypeConstraintComponent),
        # an article moved to another date but still published on the old day
        (lambda g: g.set((ARTICLE, DCTERMS.date, Literal("2024-05-02", datatype=XSD.date))),
         KGSH.ArticleDayShape, SH.EqualsConstraintComponent),
        (lambda g: g.add((DAY, KG.dayDate, Literal("2024-05-02", datatype=XSD.date))),
         KGSH.DayDateShape, SH.MaxCountConstraintComponent),
        (lambda g: g.set((LAVROV, KG.actsFor, ARTICLE)),
         KGSH.PersonActsForShape, SH.OrConstraintComponent),
        (lambda g: g.remove((PAK, RDFS.label, None)),
         KGSH.CountryLabelShape, SH.MinCountConstraintComponent),
    ],
)
def test_other_violations(shapes, mutate, shape, component):
    g = sample_graph()
    mutate(g)
    conforms, report = run_shacl(g, shapes)
    assert conforms is False
    found = {(r["shape"], r["component"]) for r in results(report)}
    assert (shape, component) in found, found


def test_subclass_typing_alone_is_not_inferred(shapes):
    """Without inference, an actor typed only kg:Actor is not checked as a country."""
    g = sample_graph()
    g.remove((RUS, RDF.type, KG.Country))
    g.add((RUS, RDF.type, KG.Actor))
    g.set((RUS, KG.actorId, Literal("RUSSIA")))
    # the person now acts for something that is neither kg:Country nor kg:Organisation
    conforms, report = run_shacl(g, shapes)
    assert conforms is False
    assert {r["shape"] for r in results(report)} == {KGSH.PersonActsForShape}


@needs_shared
def test_the_compiled_lexicon_is_what_its_sources_give():
    """kg/data/lexicon.json is built by scripts/build_lexicon.py from kg/data/curated/lexicon.toml
    and PETRARCH2's verb dictionary; an edit to either without a rebuild fails here."""
    import subprocess
    import sys

    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_lexicon.py"), "--check"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr or r.stdout


def test_petrarch_verbs_are_typed_through_the_cameo_to_plover_table():
    from kg.extraction.lexicon import PETRARCH_PATTERNS, PETRARCH_VERBS

    # codes and types as the two reference files give them (CAMEO 112 accuse, 190 conventional
    # force, 100 demand; an appeal, 020, read as the demand it asks)
    assert (PETRARCH_VERBS["accuse"]["code"], PETRARCH_VERBS["accuse"]["type"]) == ("112", "ACCUSE")
    assert (PETRARCH_VERBS["bombard"]["code"], PETRARCH_VERBS["bombard"]["type"]) == ("190", "ASSAULT")
    assert (PETRARCH_VERBS["ask for"]["code"], PETRARCH_VERBS["ask for"]["type"]) == ("020", "REQUEST")
    ask = PETRARCH_PATTERNS[PETRARCH_VERBS["ask"]["block"]]
    assert {"code": "0233", "type": "REQUEST", "mode": "assist", "context": "humanitarian", "subject": [],
            "object": [], "preps": [["for", [["humanitarian", "aid"]]]], "target": None} in ask
