"""How a whole column of a people file writes its values: date order, what a lone "M" means.

Decided once per column, from every value in it, before any row is read: a birth date column
holding 14/03/1985 is day-first, so its 03/04/1985 is the 3rd of April. A column whose dates
read both ways, with nothing to settle it and no order given, is refused by name.
"""

from __future__ import annotations

from collections.abc import Sequence

from diaspora_desk.domain.errors import KnownError, Message, msg
from diaspora_desk.domain.file_values import (
    DateOrder,
    SexLetters,
    infer_date_order,
    infer_sex_letters,
)
from diaspora_desk.services.people.import_headers import ColumnPlan
from diaspora_desk.services.people.import_rows import DATE_COLUMNS, Conventions

Rows = Sequence[tuple[int, list[str]]]
ORDER_WORDS = {DateOrder.DMY: "day-first", DateOrder.MDY: "month-first", DateOrder.YMD: "year-first"}


def _column(rows: Rows, index: int) -> list[str]:
    return [raw[index] for _number, raw in rows if index < len(raw) and raw[index]]


def infer_conventions(
    plan: ColumnPlan, rows: Rows, date_order: DateOrder | None, *, source: str
) -> tuple[Conventions, list[Message]]:
    """The conventions of the file's columns, and a note for each choice made by a guess.

    ``date_order``, when given, is the order of every numeric date in the file. A date column
    whose values read two ways takes the order the file's other date columns show.
    Raises :class:`KnownError` naming a column whose dates read two ways all the same.
    """
    notes: list[Message] = []
    orders = _date_orders(plan, rows, date_order, source, notes)
    letters = SexLetters.FM
    if "sex" in plan.columns:
        letters = infer_sex_letters(_column(rows, plan.columns.index("sex")))
        if letters is SexLetters.HM:
            notes.append(msg("column '{header}': H is hombre, M is mujer", header=plan.header_of("sex")))
    return Conventions(orders, letters), notes


def _date_orders(
    plan: ColumnPlan, rows: Rows, date_order: DateOrder | None, source: str, notes: list[Message]
) -> dict[str, DateOrder | None]:
    present = [c for c in DATE_COLUMNS if c in plan.columns]
    if date_order is not None:
        return dict.fromkeys(present, date_order)
    guesses = {c: infer_date_order(_column(rows, plan.columns.index(c))) for c in present}
    for column, guess in guesses.items():
        if guess.conflict[0]:
            raise _conflict(source, plan.header_of(column), *guess.conflict)
    settled = {g.order for g in guesses.values() if g.order in (DateOrder.DMY, DateOrder.MDY)}
    file_order = settled.pop() if len(settled) == 1 else None
    orders: dict[str, DateOrder | None] = {}
    for column, guess in guesses.items():
        order = guess.order
        if guess.ambiguous:
            if file_order is None:
                raise _ambiguous(source, plan.header_of(column), guess.ambiguous)
            order = file_order
        orders[column] = order
        if order in (DateOrder.DMY, DateOrder.MDY):
            notes.append(
                msg(
                    "dates in column '{header}' read {order}",
                    header=plan.header_of(column),
                    order=ORDER_WORDS[order],
                )
            )
    return orders


def _conflict(source: str, header: str, day_first: str, month_first: str) -> KnownError:
    return KnownError(
        msg(
            "{name}: column '{header}' has day-first dates ({day_first}) and month-first dates "
            "({month_first}). Correct the file, or choose the date order (--date-order dmy or "
            "mdy) to reject the dates written the other way.",
            name=source,
            header=header,
            day_first=day_first,
            month_first=month_first,
        )
    )


def _ambiguous(source: str, header: str, example: str) -> KnownError:
    return KnownError(
        msg(
            "{name}: column '{header}' has dates such as {example} that can be read day-first "
            "or month-first, and none that settles it. Choose the date order: --date-order "
            "dmy (31/12/1990) or mdy (12/31/1990).",
            name=source,
            header=header,
            example=example,
        )
    )
