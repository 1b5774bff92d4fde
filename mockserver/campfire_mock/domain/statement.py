"""PDF documents: a client's statement (its open invoices with a running balance) and a credit memo."""

from __future__ import annotations

import typing as t
from decimal import Decimal
from importlib import resources

from ..errors import ClientNotFound
from .credit_memos import credit_memo_usage
from .document import UNPAID
from .models import ZERO
from .values import dec
from .workspace import Workspace

if t.TYPE_CHECKING:
    from fpdf import FPDF

#: DejaVu Sans ships in the package (``fonts/``), so any client name renders; glyphs it lacks
#: (CJK, emoji) are left out with a logged warning rather than failing the request. A statement
#: whose text is all Latin-1 uses the PDF core font Helvetica instead (no font file to embed).
FONT = "DejaVu"
FONTS = resources.files("campfire_mock").joinpath("fonts")
#: Invoices a statement lists row by row; the balance counts the others too, on one line.
MAX_STATEMENT_ROWS = 100


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _document(title: str, texts: list[str]) -> tuple[FPDF, str]:
    """A new PDF titled ``title`` and the font its ``texts`` need (a core font when all are Latin-1)."""
    from fpdf import FPDF  # imported on first use: it costs a third of a second at start-up

    pdf = FPDF()
    font = FONT
    if all(_latin1(text) for text in texts):
        font = "Helvetica"  # a core font: no TrueType file to parse and subset (a third of a second)
    else:
        for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf")):
            pdf.add_font(FONT, style, str(FONTS.joinpath(name)))
    pdf.set_creator("campfire-mock")
    pdf.set_title(title)
    return pdf, font


def statement_pdf(ws: Workspace, client_id: int) -> bytes:
    client = ws.refs["vendor"].get(client_id)
    if client is None:
        raise ClientNotFound(client_id)
    today = ws.clock.today()
    open_invoices = sorted(
        (i for i in ws.invoices.values() if i.client == client_id and i.payment_status in UNPAID),
        key=lambda i: (i.invoice_date, i.id),
    )
    shown, hidden = open_invoices[:MAX_STATEMENT_ROWS], open_invoices[MAX_STATEMENT_ROWS:]
    texts = [str(client["name"]), *(str(i.invoice_number) for i in shown)]
    pdf, font = _document(f"Statement - {client['name']}", texts)
    pdf.add_page()
    pdf.set_font(font, "B", 16)
    pdf.cell(0, 10, "Statement", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, size=11)
    pdf.cell(0, 7, f"Client: {client['name']}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, f"As of: {today.isoformat()}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (38, 28, 28, 32, 32, 32)
    pdf.set_font(font, "B", 10)
    for width, title in zip(widths, ("Invoice", "Date", "Due", "Total", "Due now", "Balance"), strict=True):
        pdf.cell(width, 7, title, border=1)
    pdf.ln()
    pdf.set_font(font, size=10)
    balance: Decimal = ZERO
    for inv in shown:
        balance += inv.amount_due
        row = (
            inv.invoice_number,
            inv.invoice_date.isoformat(),
            inv.due_date.isoformat(),
            f"{inv.total_amount:.2f}",
            f"{inv.amount_due:.2f}",
            f"{balance:.2f}",
        )
        for width, text in zip(widths, row, strict=True):
            pdf.cell(width, 7, text, border=1)
        pdf.ln()
    if hidden:
        balance += sum((i.amount_due for i in hidden), ZERO)
        pdf.cell(
            0, 7, f"... and {len(hidden)} more open invoices, included in the balance.", new_x="LMARGIN", new_y="NEXT"
        )
    pdf.ln(4)
    pdf.set_font(font, "B", 11)
    pdf.cell(0, 8, f"Total balance due: {balance:.2f}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(font, size=9)
    pdf.cell(0, 6, "Payment advice: please return this slip with your payment.", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, f"Client: {client['name']}    Amount enclosed: ____________", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


#: Lines a credit memo PDF lists one by one (the totals count them all).
MAX_MEMO_ROWS = 200


def credit_memo_pdf(ws: Workspace, memo: dict[str, t.Any]) -> bytes:
    """A credit memo as a PDF: number, date, client, its lines, and its total, used and remaining amounts."""
    client = ws.refs["vendor"].look(memo.get("client") or -1, {}) or {}
    client_name = str(client.get("name") or "")
    number = str(memo.get("credit_memo_number") or memo.get("id"))
    lines = [ln for ln in memo.get("lines") or [] if isinstance(ln, dict)]
    shown = lines[:MAX_MEMO_ROWS]
    usage = credit_memo_usage(ws, memo)
    currency = str(memo.get("currency") or "")
    # every free text the page prints picks the font (a core font only when all of it is Latin-1)
    texts = [number, client_name, currency, str(memo.get("message_on_credit_memo") or "")]
    texts += [str(memo.get(key) or "") for key in ("credit_memo_date", "voided_date")]
    texts += [str(ln.get("description") or "") for ln in shown]
    pdf, font = _document(f"Credit memo {number}", texts)
    pdf.add_page()
    pdf.set_font(font, "B", 16)
    pdf.cell(0, 10, f"Credit memo {number}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(font, size=11)
    pdf.cell(0, 7, f"Client: {client_name}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, f"Date: {memo.get('credit_memo_date') or ''}", new_x="LMARGIN", new_y="NEXT")
    if memo.get("voided_date"):
        pdf.cell(0, 7, f"VOIDED on {memo['voided_date']}", new_x="LMARGIN", new_y="NEXT")
    if memo.get("message_on_credit_memo"):
        pdf.multi_cell(0, 7, str(memo["message_on_credit_memo"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (110, 40, 40)
    pdf.set_font(font, "B", 10)
    for width, title in zip(widths, ("Description", "Amount", "Tax"), strict=True):
        pdf.cell(width, 7, title, border=1)
    pdf.ln()
    pdf.set_font(font, size=10)
    for ln in shown:
        amount, tax = dec(ln.get("amount") or 0), dec(ln.get("tax") or 0)
        row = (str(ln.get("description") or "")[:60], f"{amount:.2f}", f"{tax:.2f}")
        for width, text in zip(widths, row, strict=True):
            pdf.cell(width, 7, text, border=1)
        pdf.ln()
    if len(lines) > len(shown):
        pdf.cell(0, 7, f"... and {len(lines) - len(shown)} more lines.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(font, "B", 11)
    for label, key in (("Total", "total_amount"), ("Used", "amount_used"), ("Remaining", "amount_remaining")):
        pdf.cell(0, 7, f"{label}: {usage[key]:.2f} {currency}".rstrip(), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
