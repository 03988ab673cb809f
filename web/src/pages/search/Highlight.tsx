import { Fragment } from 'react';

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

const unescapeHtml = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e);

/**
 * The parts of a search headline: the server sends HTML-escaped text with the words found in
 * `<mark>…</mark>`. Only those two tags are read; everything else is shown as text, never as HTML.
 */
export function headlineParts(headline: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const piece of headline.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: unescapeHtml(piece), marked });
  }
  return parts;
}

/** A search headline with the words found highlighted. */
export function Highlight({ headline }: { headline: string }) {
  return (
    <>
      {headlineParts(headline).map((part, i) =>
        part.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one headline never reorder
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one headline never reorder
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
