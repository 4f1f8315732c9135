"""The `rupipe` command: analyze, run, evaluate, bench.

Each subcommand lives with the code it drives and registers itself here,
so this module stays a table of contents.
"""
import argparse
import sys


def build_parser():
    parser = argparse.ArgumentParser(
        prog="rupipe",
        description="Russian news pipeline: entities and numeric claims.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    from pipeline.show import add_analyze_command
    from pipeline.batch.cli import add_run_command
    from pipeline.evaluate.cli import add_evaluate_command
    from pipeline.bench import add_bench_command

    add_analyze_command(commands)
    add_run_command(commands)
    add_evaluate_command(commands)
    add_bench_command(commands)
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except (OSError, ValueError) as error:
        print(f"rupipe: error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
