import PDFDocument from 'pdfkit';
import type { MinutesDocument, MinutesSection } from '../domain/minutes';

export const PDF_CONTENT_TYPE = 'application/pdf';

/** Relative column widths per section, so that long texts get the room (the number column is narrow). */
const columnWeights: Record<MinutesSection['id'], number[]> = {
  attendance: [3, 1.4, 5],
  agenda: [0.5, 1.8, 4, 4.5],
  decisions: [0.5, 6, 3],
  commitments: [0.5, 4.5, 2.2, 1.6, 1.6],
  problems: [4, 1.6, 1.6, 3],
};

function widths(section: MinutesSection, total: number): number[] {
  const weights = columnWeights[section.id] ?? [];
  const w = section.columns.map((_, i) => weights[i] ?? 1);
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => (x / sum) * total);
}

/**
 * Renders a minutes document (src/domain/minutes.ts) as a PDF: the title, the label-value lines, the
 * draft notice if any, then each section as a heading and a table (or its "none" sentence). The same
 * document the Markdown export draws, so both always say the same.
 */
export function minutesToPdf(doc: MinutesDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    lang: doc.locale,
    info: { Title: doc.title, Creator: 'Mesas' },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const left = pdf.page.margins.left;
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;

  pdf.font('Helvetica-Bold').fontSize(18).text(doc.title, { width });
  pdf.moveDown(0.5);
  for (const { label, value } of doc.meta) {
    pdf.font('Helvetica-Bold').fontSize(10).text(`${label}: `, { continued: true, width });
    pdf.font('Helvetica').text(value);
  }
  if (doc.notice) {
    pdf.moveDown(0.5);
    pdf.font('Helvetica-Oblique').fontSize(10).fillColor('#a33').text(doc.notice, { width });
    pdf.fillColor('black');
  }
  for (const section of doc.sections) {
    pdf.moveDown(1);
    pdf.x = left;
    pdf.font('Helvetica-Bold').fontSize(13).text(section.heading, { width });
    pdf.moveDown(0.3);
    if (section.rows.length === 0) {
      pdf.font('Helvetica-Oblique').fontSize(10).text(section.empty, { width });
      continue;
    }
    pdf.font('Helvetica').fontSize(9);
    pdf.table({
      position: { x: left },
      maxWidth: width,
      columnStyles: widths(section, width),
      defaultStyle: { padding: [3, 4, 3, 4], border: 0.5, borderColor: '#999' },
      data: [
        section.columns.map((text) => ({
          text,
          type: 'TH' as const,
          font: { src: 'Helvetica-Bold' },
          backgroundColor: '#eee',
        })),
        ...section.rows.map((row) => row.map((text) => ({ text }))),
      ],
    });
  }
  pdf.end();
  return done;
}
