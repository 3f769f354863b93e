"""travel-card, travel-sheet, travel-letter, travel-languages: documents for a trip abroad."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sm_card.commands.card import add_emergency_number, emergency_number
from sm_card.commands.context import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    PAPERS,
    CommandError,
    Context,
    add_today_option,
    chosen_paper,
    iso_date,
    write_output,
)


def _add_lang(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--lang", required=True, metavar="CODE[,CODE...]",
                        help=f"the language(s) of the trip, e.g. de or de,fr ({what}); "
                        "`sm-card travel-languages` lists them")


def _add_paper(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--paper", choices=PAPERS, default=None,
                        help="paper (default: the setting, from the locale)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("travel-card", help="translation card: ID-1, the trip's language on "
                       "one face and English on the other")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                   help="where to write the PDF (- for standard output)")
    _add_lang(p, "one card each")
    p.add_argument("--layout", choices=("card", "sheet"), default="sheet",
                   help="card: two ID-1 pages per language; sheet (default): fold-over pairs "
                   "with crop marks, as for the wallet card")
    _add_paper(p)
    add_emergency_number(p)
    p.set_defaults(handler=run_travel_card)

    p = sub.add_parser("travel-sheet", help="translation sheet: each emergency sentence in "
                       "the trip's language beside the English, one page per language")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                   help="where to write the PDF (- for standard output)")
    _add_lang(p, "one page each")
    _add_paper(p)
    add_emergency_number(p)
    add_today_option(p)
    p.set_defaults(handler=run_travel_sheet)

    p = sub.add_parser("travel-letter", help="airline and border letter for carrying "
                       "epinephrine, in English and the trip's language")
    p.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                   help="where to write the PDF (- for standard output)")
    _add_lang(p, "one letter each")
    p.add_argument("--from", dest="start", required=True, type=iso_date, metavar="YYYY-MM-DD",
                   help="the first day of the trip")
    p.add_argument("--to", dest="end", required=True, type=iso_date, metavar="YYYY-MM-DD",
                   help="the last day of the trip")
    _add_paper(p)
    add_today_option(p)
    p.set_defaults(handler=run_travel_letter)

    p = sub.add_parser("travel-languages", help="the languages of the travel documents and "
                       "whether a native speaker has reviewed them")
    p.add_argument("--lang", metavar="CODE",
                   help="list that language's sentences instead (key, status, text)")
    p.set_defaults(handler=run_travel_languages)

    p = sub.add_parser("travel-correct", help="replace one translated sentence with your own "
                       "wording (kept for this profile), or go back to the shipped one")
    p.add_argument("--lang", required=True, metavar="CODE", help="the language, e.g. de")
    p.add_argument("--key", required=True, metavar="KEY",
                   help="the sentence (`sm-card travel-languages --lang CODE` lists the keys)")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--text", metavar="TEXT",
                       help="your wording; it must keep the {placeholders} of the English")
    group.add_argument("--reset", action="store_true", help="use the shipped sentence again")
    p.set_defaults(handler=run_travel_correct)


def _warn(messages: Sequence[str]) -> None:
    for message in messages:
        print(f"warning: {' '.join(message.split())}", file=sys.stderr)


def _languages(ctx: Context, profile_id: int | None, codes: str | None):
    """(source, chosen languages with the person's corrections); usage errors as exit 2."""
    from sm_card.core.travel import (
        TravelError,
        load_corrections,
        load_languages,
        parse_language_list,
        with_corrections,
    )

    try:
        languages = load_languages()
    except TravelError as err:
        raise CommandError(EXIT_INVALID, f"travel sentences: {err}") from err
    corrections = load_corrections(ctx.store(), profile_id)
    languages = {code: with_corrections(lang, corrections.get(code, {}))
                 for code, lang in languages.items()}
    if codes is None:
        return languages["en"], list(languages.values())
    try:
        chosen = parse_language_list(codes, [c for c in languages if c != "en"])
    except TravelError as err:
        raise CommandError(EXIT_USAGE, f"--lang: {err}") from err
    return languages["en"], [languages[c] for c in chosen]


def _today(ctx: Context):
    return getattr(ctx.args, "today", None) or ctx.today()


def run_travel_card(ctx: Context) -> int:
    from sm_card.core.travel import travel_content
    from sm_card.render.travel import build_travel_card

    profile = ctx.profile()
    source, chosen = _languages(ctx, profile.db_id, ctx.args.lang)
    content = travel_content(profile, emergency_number(ctx, profile),
                             number_chosen=ctx.args.emergency_number is not None)
    result = build_travel_card(profile, content, chosen, source, layout=ctx.args.layout,
                               paper=chosen_paper(ctx))
    write_output(ctx.args.output, result.pdf, data_dir=ctx.data_dir)
    _warn(result.warnings)
    return EXIT_OK


def run_travel_sheet(ctx: Context) -> int:
    from sm_card.core.travel import travel_content
    from sm_card.render.travel import build_travel_sheet

    profile = ctx.profile()
    source, chosen = _languages(ctx, profile.db_id, ctx.args.lang)
    content = travel_content(profile, emergency_number(ctx, profile),
                             number_chosen=ctx.args.emergency_number is not None)
    result = build_travel_sheet(profile, content, chosen, source, today=_today(ctx),
                                paper=chosen_paper(ctx))
    write_output(ctx.args.output, result.pdf, data_dir=ctx.data_dir)
    _warn(result.warnings)
    return EXIT_OK


def run_travel_letter(ctx: Context) -> int:
    from sm_card.core.catalog import default_catalog
    from sm_card.core.travel import travel_content
    from sm_card.render.travel import build_travel_letter

    if ctx.args.end < ctx.args.start:
        raise CommandError(EXIT_USAGE, f"--to {ctx.args.end.isoformat()} is before --from "
                           f"{ctx.args.start.isoformat()}")
    profile = ctx.profile()
    source, chosen = _languages(ctx, profile.db_id, ctx.args.lang)
    content = travel_content(profile, emergency_number_or_default(ctx, profile))
    try:
        atc = default_catalog().epinephrine_atc.code
    except Exception:  # noqa: BLE001 - a damaged catalog: the letter prints without the code
        atc = None
    result = build_travel_letter(profile, content, chosen, source, today=_today(ctx),
                                 start=ctx.args.start, end=ctx.args.end, paper=chosen_paper(ctx),
                                 epinephrine_atc=atc)
    write_output(ctx.args.output, result.pdf, data_dir=ctx.data_dir)
    _warn(result.warnings)
    return EXIT_OK


def emergency_number_or_default(ctx: Context, profile) -> str:
    # The letter prints no emergency number; the content only needs one to be complete.
    from sm_card.core.settings import Settings

    return Settings(ctx.store()).emergency_number_for(profile.db_id)


def run_travel_languages(ctx: Context) -> int:
    profile_id = None
    if ctx.store().profile_names():
        profile_id = ctx.profile().db_id
    if ctx.args.lang:
        source, (lang,) = _languages(ctx, profile_id, ctx.args.lang.split(",")[0])
        for key, sentence in lang.sentences.items():
            sys.stdout.write(f"{key}\t{sentence.review.status}\t{sentence.text}\t"
                             f"{source.sentences[key].text}\n")
        return EXIT_OK
    from sm_card.render.travel import status_line

    _source, languages = _languages(ctx, profile_id, None)
    for lang in languages:
        sys.stdout.write(f"{lang.code}\t{lang.name}, {lang.native_name}\t{status_line(lang)}\n")
    return EXIT_OK


def run_travel_correct(ctx: Context) -> int:
    from sm_card.core.travel import TravelError, load_languages, save_correction

    profile = ctx.profile()
    source, (lang,) = _languages(ctx, profile.db_id, ctx.args.lang)
    shipped = load_languages()[lang.code]
    try:
        save_correction(ctx.store(), profile.db_id, source, shipped, ctx.args.key,
                        None if ctx.args.reset else ctx.args.text)
    except TravelError as err:
        raise CommandError(EXIT_USAGE, f"{lang.code}/{ctx.args.key}: {err}") from err
    return EXIT_OK
