"""Client statement PDF: the client's open invoices with a running balance."""

from __future__ import annotations

from decimal import Decimal
from importlib import resources

from ..errors import ClientNotFound
from .invoice_query import UNPAID
from .models import ZERO
from .workspace import Workspace

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


def statement_pdf(ws: Workspace, client_id: int) -> bytes:
    client = ws.refs["vendor"].get(client_id)
    if client is None:
        raise ClientNotFound(client_id)
    today = ws.clock.today()
    open_invoices = sorted(
        (i for i in ws.invoices.values() if i.client == client_id and i.payment_status in UNPAID),
        key=lambda i: (i.invoice_date, i.id),
    )
    from fpdf import FPDF  # imported on first use: it costs a third of a second at start-up

    pdf = FPDF()
    shown, hidden = open_invoices[:MAX_STATEMENT_ROWS], open_invoices[MAX_STATEMENT_ROWS:]
    texts = [str(client["name"]), *(str(i.invoice_number) for i in shown)]
    font = FONT
    if all(_latin1(text) for text in texts):
        font = "Helvetica"  # a core font: no TrueType file to parse and subset (a third of a second)
    else:
        for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf")):
            pdf.add_font(FONT, style, str(FONTS.joinpath(name)))
    pdf.set_creator("campfire-mock")
    pdf.set_title(f"Statement - {client['name']}")
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
