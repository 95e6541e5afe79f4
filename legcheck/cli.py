"""The `legcheck` command: assess, chat and serve."""
import argparse
import sys

from . import assess, chat, serve

SUBCOMMANDS = [assess, chat, serve]


def main(argv=None):
    parser = argparse.ArgumentParser(prog="legcheck", description="Leg Check, the leg weakness skill")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for module in SUBCOMMANDS:
        module.add_parser(subparsers)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
