"""`rupipe evaluate ner|morph|claims`: score a system on an annotated corpus.

    rupipe evaluate ner --corpus factru --split testset --baseline natasha
    rupipe evaluate ner --corpus brat --path DIR --types PERSON=PER,ORGANIZATION=ORG,CITY=LOC
    rupipe evaluate morph --conllu ru_gsd-ud-test.conllu --baseline natasha
    rupipe evaluate claims --gold corpus/claims/dev.jsonl --errors

Tables go to the terminal; --json prints the same numbers as one object.
"""
import json
import sys
from pathlib import Path

from pipeline.corpora import corpora_dir
from pipeline.evaluate.claims import CONTEXT_MEASURES
from pipeline.evaluate import report, runs
from pipeline.evaluate.systems import SYSTEMS

FACTRU_SPLITS = {"devset": ("devset",), "testset": ("testset",),
                 # naeval's published "factru" figures are over both splits.
                 "all": ("devset", "testset")}


def add_evaluate_command(subparsers):
    parser = subparsers.add_parser("evaluate", help="score the pipeline on annotated corpora",
                                   description=__doc__.split("\n\n")[0])
    tasks = parser.add_subparsers(dest="task", required=True)
    _add_ner(tasks)
    _add_morph(tasks)
    _add_claims(tasks)
    return parser


def _common(parser, baseline=True):
    if baseline:
        parser.add_argument("--baseline", choices=["natasha"],
                            help="also run this system on the same data, side by side")
        parser.add_argument("--system", choices=sorted(SYSTEMS), default="rupipe",
                            help="the system under test (default: rupipe)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--limit", type=positive_int, help="use only the first N items")


def _add_ner(tasks):
    parser = tasks.add_parser("ner", help="PER/LOC/ORG: naeval token F1 and exact-span P/R/F1")
    parser.add_argument("--corpus", choices=["factru", "brat"], default="factru")
    parser.add_argument("--path", help="corpus folder (default: $RUPIPE_CORPORA/factRuEval-2016)")
    parser.add_argument("--split", choices=sorted(FACTRU_SPLITS), default="testset",
                        help="factRuEval split; 'all' is devset+testset, as naeval scores it")
    parser.add_argument("--types", help="BRAT type map, e.g. PERSON=PER,ORGANIZATION=ORG,CITY=LOC")
    parser.add_argument("--errors", metavar="FILE", help="write every miss and false alarm here (JSONL)")
    _common(parser)
    parser.set_defaults(func=evaluate_ner)


def _add_morph(tasks):
    parser = tasks.add_parser("morph", help="UPOS, features, lemma, UAS, LAS on a CoNLL-U file")
    parser.add_argument("--conllu", required=True, help="gold CoNLL-U file")
    _common(parser)
    parser.set_defaults(func=evaluate_morph)


def _add_claims(tasks):
    parser = tasks.add_parser("claims", help="numeric claims against a gold JSONL file")
    parser.add_argument("--gold", required=True, help="gold claims JSONL (doc_id, claims)")
    parser.add_argument("--corpus-dir", help="corpora folder the doc_ids point into")
    parser.add_argument("--texts", help="an archive holding the documents by id "
                        "(JSONL, CSV/TSV, Parquet or a .txt folder, as rupipe run reads)")
    parser.add_argument("--errors", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--predicted", help="score the claims of this JSONL file (doc_id, claims) "
                        "instead of running the pipeline: a second annotator, a stored run")
    parser.add_argument("--context-errors", action="store_true",
                        help="with --errors: also list qualifier, time and source disagreements")
    _common(parser, baseline=False)
    parser.set_defaults(func=evaluate_claims)


def positive_int(value):
    number = int(value)
    if number < 1:
        raise ValueError(f"--limit must be positive, not {value}")
    return number


def _systems(args):
    names = [args.system] + ([args.baseline] if args.baseline and args.baseline != args.system else [])
    return [SYSTEMS[name]() for name in names]


def evaluate_ner(args):
    documents, data = _ner_documents(args)
    if not documents:
        raise ValueError("no documents found")
    result = runs.run_ner(documents, _systems(args))
    result.update(task="ner", data=data)
    misaligned = result["systems"][args.system]["scores"]["misaligned_gold_spans"]
    result["notes"] = [f"{misaligned} gold spans not on razdel token bounds are left out, as naeval does"]
    if args.errors:
        _write_errors(args.errors, result["errors"])
    return _show(result, args)


def _ner_documents(args):
    if args.corpus == "factru":
        from pipeline.corpora.factru import read_factru
        folder = Path(args.path) if args.path else corpora_dir() / "factRuEval-2016"
        documents = []
        for split in FACTRU_SPLITS[args.split]:
            documents += read_factru(folder, split)
        documents = documents[:args.limit]
        data = {"corpus": "factRuEval-2016", "path": str(folder), "split": args.split}
    else:
        from pipeline.corpora.brat import parse_type_map, read_brat
        if not args.path or not args.types:
            raise ValueError("--corpus brat needs --path and --types")
        documents = list(read_brat(args.path, parse_type_map(args.types), limit=args.limit))
        data = {"corpus": "brat", "path": args.path, "types": args.types}
    data["documents"] = len(documents)
    return documents, data


def evaluate_morph(args):
    from pipeline.corpora.conllu import read_conllu
    sentences = list(read_conllu(args.conllu, limit=args.limit))
    if not sentences:
        raise ValueError(f"no sentences in {args.conllu}")
    result = runs.run_morph(sentences, _systems(args))
    result.update(task="morph", data={"conllu": args.conllu, "sentences": len(sentences)})
    result["notes"] = ["punctuation is scored; LAS compares universal relations (subtypes dropped)"]
    return _show(result, args)


def evaluate_claims(args):
    from pipeline.corpora.claims import load_document_text, read_gold, read_texts, text_from_archive
    archive = read_texts(args.texts) if args.texts else None
    gold_docs = []
    for record in read_gold(args.gold):
        doc_id = str(record["doc_id"])
        if record["text"]:
            text = record["text"]
        elif archive is not None:
            text = text_from_archive(doc_id, archive)
        else:
            text = load_document_text(doc_id, args.corpus_dir)
        gold_docs.append((doc_id, text, record["claims"] or []))
    stored = _read_predicted(args.predicted) if args.predicted else None
    if stored is not None:
        # a second annotation may cover only some documents: score those
        gold_docs = [doc for doc in gold_docs if doc[0] in stored]
    gold_docs = gold_docs[:args.limit]
    if not gold_docs:
        raise ValueError(f"no documents in {args.gold}" + (" that --predicted lists" if stored else ""))
    if stored is not None:
        from pipeline.evaluate.systems import StoredClaims
        system = StoredClaims([stored[doc_id] for doc_id, _, _ in gold_docs], name=Path(args.predicted).stem)
    else:
        system = SYSTEMS["rupipe"]()
    result = runs.run_claims(gold_docs, system, context_errors=args.context_errors)
    result.update(task="claims", data={"gold": args.gold, "documents": len(gold_docs)})
    if stored is not None:
        result["data"]["predicted"] = args.predicted
    if args.errors and not args.json:
        _print_claim_errors(result["errors"][system.name])
    return _show(result, args, keep_errors=args.errors)


def _read_predicted(path):
    """{doc_id: claims} of a --predicted file (the gold file's format)."""
    from pipeline.corpora.claims import read_gold
    return {str(record["doc_id"]): record["claims"] or [] for record in read_gold(path)}


def _show(result, args, keep_errors=False):
    errors = result.pop("errors", None)
    result = {key: result[key] for key in ("task", "data", "systems", "notes") if key in result}
    if args.json:
        if keep_errors:
            result["errors"] = errors
        report.print_json(result)
    else:
        report.print_tables(result)
    return 0


def _write_errors(path, errors):
    with open(path, "w", encoding="utf-8") as out:
        for system, items in errors.items():
            for item in items:
                out.write(json.dumps({"system": system} | item, ensure_ascii=False) + "\n")
    print(f"errors written to {path}", file=sys.stderr)


def _print_claim_errors(errors):
    for error in errors:
        gold, pred = error["gold"], error["predicted"]
        print(f"{error['kind']:>16}  {error['doc']}:{error['start']}  {error['context']}")
        context = error["kind"].split()[-1].split("+")[0] in CONTEXT_MEASURES
        line = _context_line if context else _claim_line
        if gold:
            print(f"{'gold':>16}  {line(gold)}")
        if pred:
            print(f"{'predicted':>16}  {line(pred)}")
    print()


def _claim_line(summary):
    return (f"{summary['figure']!r} = {summary['value']} {summary['unit']}, "
            f"metric {summary['metric']!r} (head {summary['head']}), direction {summary['direction']}")


def _context_line(summary):
    return (f"{summary['figure']!r}: qualifiers {summary['qualifiers']}, "
            f"time {summary['time']!r}, source {summary['source']!r}")
